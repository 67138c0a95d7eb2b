using System.Diagnostics.Metrics;
using Interop.Functions.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace Interop.Functions.Tests.Metrics;

public sealed class PrometheusCollectorTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    [Fact]
    public void Render_Counter_SortedLabelsEscapedValuesAndEmptyLabelsLeftOut()
    {
        var factory = _services.GetRequiredService<IMeterFactory>();
        using var collector = new PrometheusCollector(factory);
        var counter = factory.Create("Interop.Test").CreateCounter<long>("interop_things_total", description: "Things.");

        counter.Add(2, new("reason", ""), new("outcome", "a\"b\\c"), new("event", "ITK014M"));
        counter.Add(1, new("outcome", "a\"b\\c"), new("event", "ITK014M"));

        collector.Render().Should().Be("# HELP interop_things_total Things.\n# TYPE interop_things_total counter\ninterop_things_total{event=\"ITK014M\",outcome=\"a\\\"b\\\\c\"} 3\n");
    }

    [Fact]
    public void Render_Histogram_CumulativeBucketsSumAndCount()
    {
        var factory = _services.GetRequiredService<IMeterFactory>();
        using var collector = new PrometheusCollector(factory);
        var histogram = factory.Create("Interop.Test").CreateHistogram<double>("interop_latency_seconds", "s", "Latency.");

        histogram.Record(0.003);
        histogram.Record(0.2);
        histogram.Record(30);

        var lines = collector.Render().Split('\n');
        lines.Should().Contain("interop_latency_seconds_bucket{le=\"0.005\"} 1")
            .And.Contain("interop_latency_seconds_bucket{le=\"0.25\"} 2")
            .And.Contain("interop_latency_seconds_bucket{le=\"10\"} 2")
            .And.Contain("interop_latency_seconds_bucket{le=\"+Inf\"} 3")
            .And.Contain("interop_latency_seconds_count 3")
            .And.Contain("interop_latency_seconds_sum 30.203");
    }

    [Fact]
    public void Render_MeterOfAnotherFactory_NotCounted()
    {
        using var other = new ServiceCollection().AddMetrics().BuildServiceProvider();
        using var collector = new PrometheusCollector(_services.GetRequiredService<IMeterFactory>());

        other.GetRequiredService<IMeterFactory>().Create("Interop.Test").CreateCounter<long>("interop_elsewhere_total").Add(1);

        collector.Render().Should().BeEmpty("another host in the same process keeps its own figures");
    }

    public void Dispose() => _services.Dispose();
}
