using Interop.Engine.Queues;

namespace Interop.Functions.Metrics;

/// <summary>Reads every pipeline queue's depth and oldest job now (they are states, not counts).</summary>
internal static class QueueDepths
{
    public static async Task<IReadOnlyList<QueueDepth>> ReadAsync(IMessageQueue queue, TimeProvider clock, CancellationToken cancellationToken)
    {
        var depths = new List<QueueDepth>(QueueNames.All.Count);
        foreach (var name in QueueNames.All)
        {
            var stats = await queue.GetStatsAsync(name, cancellationToken);
            var age = stats.OldestInsertedAt is { } oldest ? Math.Max(0, (clock.GetUtcNow() - oldest).TotalSeconds) : 0;
            depths.Add(new QueueDepth(stats.Queue, stats.Depth, age));
        }

        return depths;
    }
}
