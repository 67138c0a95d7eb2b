using Interop.Engine.Queues;

namespace Interop.Functions.Metrics;

/// <summary>Reads every pipeline queue's depth and oldest job now (they are states, not counts).</summary>
internal static class QueueDepths
{
    /// <summary>Every pipeline queue and its poison queue.</summary>
    private static readonly string[] Queues = [.. new[] { QueueNames.Validate, QueueNames.Route, QueueNames.Deliver, QueueNames.Acknowledge }.SelectMany(q => new[] { q, QueueNames.Poison(q) })];

    public static async Task<IReadOnlyList<QueueDepth>> ReadAsync(IMessageQueue queue, TimeProvider clock, CancellationToken cancellationToken)
    {
        var depths = new List<QueueDepth>(Queues.Length);
        foreach (var name in Queues)
        {
            var stats = await queue.GetStatsAsync(name, cancellationToken);
            var age = stats.OldestInsertedAt is { } oldest ? Math.Max(0, (clock.GetUtcNow() - oldest).TotalSeconds) : 0;
            depths.Add(new QueueDepth(stats.Queue, stats.Depth, age));
        }

        return depths;
    }
}
