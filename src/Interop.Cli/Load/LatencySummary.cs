namespace Interop.Cli.Load;

/// <summary>Latencies in milliseconds: how many, the nearest-rank percentiles and the worst.</summary>
/// <param name="Count">How many samples.</param>
/// <param name="P50">The median.</param>
/// <param name="P95">The 95th percentile.</param>
/// <param name="P99">The 99th percentile.</param>
/// <param name="Max">The slowest.</param>
internal sealed record LatencySummary(int Count, double P50, double P95, double P99, double Max)
{
    /// <summary>The summary of <paramref name="samples"/>; all zero when there are none.</summary>
    public static LatencySummary Of(IEnumerable<double> samples)
    {
        var sorted = samples.Order().ToArray();
        return sorted.Length == 0
            ? new LatencySummary(0, 0, 0, 0, 0)
            : new LatencySummary(sorted.Length, Percentile(sorted, 50), Percentile(sorted, 95), Percentile(sorted, 99), sorted[^1]);
    }

    /// <summary>
    /// The nearest-rank percentile of <paramref name="sorted"/> (ascending, not empty): the smallest sample with at least
    /// <paramref name="percent"/>% of the samples at or below it, so it is always a latency that was measured.
    /// </summary>
    public static double Percentile(IReadOnlyList<double> sorted, double percent)
    {
        ArgumentOutOfRangeException.ThrowIfZero(sorted.Count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[rank - 1];
    }
}
