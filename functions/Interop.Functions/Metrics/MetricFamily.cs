namespace Interop.Functions.Metrics;

/// <summary>One metric as Prometheus lists it: its name, help, type, and a series per label set (labels rendered, sorted).</summary>
/// <param name="Name">The metric's name.</param>
/// <param name="Help">What it counts.</param>
/// <param name="IsHistogram">A histogram rather than a counter.</param>
internal sealed record MetricFamily(string Name, string Help, bool IsHistogram)
{
    /// <summary>The series, keyed by their rendered label set (<c>a="1",b="2"</c>), in label order.</summary>
    public SortedDictionary<string, MetricSeries> Series { get; } = new(StringComparer.Ordinal);
}
