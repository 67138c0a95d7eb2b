using Interop.Engine.Delivery;
using Interop.Engine.Destinations;
using Interop.Engine.Queues;
using Interop.Engine.Storage;
using Interop.Functions.Metrics;
using Interop.Functions.Security;

namespace Interop.Functions.Api;

/// <summary>The console's operations views: dead letters by reason, destinations with their health, throughput over time.</summary>
internal static class OperationsEndpoints
{
    /// <summary>The dead-letter view's range when none is asked for: dead letters wait for a replay, often for days.</summary>
    private static readonly TimeSpan DeadLetterDefault = TimeSpan.FromDays(7);

    private static readonly TimeSpan Day = TimeSpan.FromHours(24);

    /// <summary>Maps <c>/api/dead-letters</c>, <c>/api/destinations</c> and <c>/api/stats</c> behind the operator policy.</summary>
    public static IEndpointRouteBuilder MapOperationsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").RequireAuthorization(InteropPolicies.Operator);
        api.MapGet("/dead-letters", static async (HttpRequest request, IMessageStatistics statistics, TimeProvider clock, CancellationToken ct) =>
            OperationsQueryParser.TryRange(request.Query, clock.GetUtcNow(), DeadLetterDefault, out var from, out var to, out var error)
                ? Results.Json(await statistics.GetDeadLettersAsync(from, to, ct), ApiJson.Options)
                : Results.Problem(statusCode: 400, title: error))
            .WithName("listDeadLetters")
            .WithSummary("Dead-lettered deliveries of messages received from 'from' (default 7 days ago) to 'to' (default now), grouped by reason, destination and event, biggest group first.")
            .Produces<DeadLetterSummary>()
            .ProducesProblem(400);
        api.MapGet("/destinations", static async (HttpRequest request, IMessageStatistics statistics, IDestinationDirectory directory, IDestinationHealth health, IMessageQueue queue, TimeProvider clock, CancellationToken ct) =>
        {
            if (!OperationsQueryParser.TryDuration(request.Query, "window", Day, out var window, out var error))
            {
                return Results.Problem(statusCode: 400, title: error);
            }

            var now = clock.GetUtcNow();
            var activity = (await statistics.GetDestinationActivityAsync(now - window, now, ct)).ToDictionary(a => a.Destination, StringComparer.OrdinalIgnoreCase);
            var items = directory.All.Select(d => DestinationView.From(d, health.GetState(d.Id), activity.GetValueOrDefault(d.Id))).ToList();
            return Results.Json(new DestinationsView(items, await QueueDepths.ReadAsync(queue, clock, ct)), ApiJson.Options);
        })
            .WithName("listDestinations")
            .WithSummary("Every configured destination with its circuit breaker state and its deliveries, attempts and latency over 'window' (default PT24H), and every pipeline queue's depth.")
            .Produces<DestinationsView>()
            .ProducesProblem(400);
        api.MapGet("/stats", static async (HttpRequest request, IMessageStatistics statistics, TimeProvider clock, CancellationToken ct) =>
        {
            if (!OperationsQueryParser.TryRange(request.Query, clock.GetUtcNow(), Day, out var from, out var to, out var error)
                || !OperationsQueryParser.TryBucket(request.Query, out var bucket, out var size, out error))
            {
                return Results.Problem(statusCode: 400, title: error);
            }

            if ((to - from) / size > OperationsQueryParser.MaxBuckets)
            {
                return Results.Problem(statusCode: 400, title: $"The range holds more than {OperationsQueryParser.MaxBuckets} buckets; use a shorter range or hour buckets.");
            }

            return Results.Json(new StatsView(bucket, await statistics.GetThroughputAsync(from, to, size, ct)), ApiJson.Options);
        })
            .WithName("getStats")
            .WithSummary("Messages received and rejected and deliveries delivered and dead-lettered per minute or hour bucket from 'from' to 'to' (default the last 24 hours), every bucket present.")
            .Produces<StatsView>()
            .ProducesProblem(400);
        return endpoints;
    }
}
