namespace Interop.Benchmarks;

/// <summary>The number of input bytes each benchmark class processes per operation, for the MB/s column.</summary>
internal static class PayloadSize
{
    // The column runs in the host process, the benchmarks in a child process: sizes are computed here from the same files.
    private static readonly Lazy<long> Bundle = new(() => Corpus.ResourcesBundle().LongLength);
    private static readonly Lazy<long> Examples = new(() => Corpus.Examples().Sum(b => b.LongLength));

    public static long Of(Type benchmarkClass) =>
        benchmarkClass.Name.Contains("Bundle", StringComparison.Ordinal) ? Bundle.Value : Examples.Value;
}
