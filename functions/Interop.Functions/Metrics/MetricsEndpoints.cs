using Interop.Engine.Delivery;
using Interop.Engine.Destinations;
using Interop.Engine.Queues;

namespace Interop.Functions.Metrics;

/// <summary>Maps <c>/metrics</c>: the engine's counters, histograms, queue gauges and circuit breaker states for a Prometheus scraper.</summary>
internal static class MetricsEndpoints
{
    /// <summary>The content type of the text exposition format.</summary>
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    /// <summary>
    /// Serves <c>/metrics</c> without a token, as scrapers expect: labels hold event codes, destination ids and reason codes,
    /// never message content. The collector starts listening when the endpoints are mapped, before the first message.
    /// </summary>
    public static IEndpointRouteBuilder MapMetrics(this IEndpointRouteBuilder endpoints)
    {
        _ = endpoints.ServiceProvider.GetRequiredService<PrometheusCollector>();
        endpoints.MapGet("/metrics", static async (PrometheusCollector collector, IMessageQueue queue, IDestinationDirectory directory, IDestinationHealth health, TimeProvider clock, CancellationToken ct) =>
            Results.Text(collector.Render() + await QueueGauges.RenderAsync(queue, clock, ct) + CircuitGauges.Render(directory, health), ContentType)).AllowAnonymous();
        return endpoints;
    }
}
