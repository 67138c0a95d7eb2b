namespace Interop.Cli.Load;

/// <summary>The host's resident memory while the load ran, from /proc.</summary>
/// <param name="PeakRssMb">The largest resident set seen, in MiB.</param>
/// <param name="EndRssMb">The resident set when the run ended, in MiB.</param>
internal sealed record HostMemory(double PeakRssMb, double EndRssMb);
