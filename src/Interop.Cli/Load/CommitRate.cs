namespace Interop.Cli.Load;

/// <summary>How many durable SQLite commits this machine made in a short probe.</summary>
/// <param name="Commits">Transactions committed.</param>
/// <param name="Seconds">How long the probe ran.</param>
internal sealed record CommitRate(int Commits, double Seconds)
{
    /// <summary>Commits a second.</summary>
    public double PerSecond => Seconds > 0 ? Commits / Seconds : 0;
}
