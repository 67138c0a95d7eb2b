namespace Interop.Functions.Metrics;

/// <summary>One labelled series of a metric: a counter's total, or a histogram's cumulative bucket counts, sum and count.</summary>
internal sealed class MetricSeries(int buckets)
{
    /// <summary>A counter's total, or a histogram's sum.</summary>
    public double Sum { get; private set; }

    /// <summary>How many measurements a histogram has had.</summary>
    public long Count { get; private set; }

    /// <summary>Per bucket upper bound, how many measurements were at or below it (cumulative, as Prometheus shows them).</summary>
    public long[] BucketCounts { get; } = new long[buckets];

    /// <summary>Adds to a counter.</summary>
    public void Add(double value) => Sum += value;

    /// <summary>Records one histogram measurement against <paramref name="bounds"/>.</summary>
    public void Observe(double value, IReadOnlyList<double> bounds)
    {
        Sum += value;
        Count++;
        for (var i = 0; i < bounds.Count; i++)
        {
            if (value <= bounds[i])
            {
                BucketCounts[i]++;
            }
        }
    }
}
