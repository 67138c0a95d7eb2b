using System.Globalization;
using System.Text;
using Interop.Engine.Queues;

namespace Interop.Functions.Metrics;

/// <summary>The queues' depth and the age of their oldest job, read from the queue when scraped (they are states, not counts).</summary>
internal static class QueueGauges
{
    /// <summary>The two gauges in the text exposition format.</summary>
    public static async Task<string> RenderAsync(IMessageQueue queue, TimeProvider clock, CancellationToken cancellationToken)
    {
        var stats = new List<QueueStats>();
        foreach (var name in QueueNames.All)
        {
            stats.Add(await queue.GetStatsAsync(name, cancellationToken));
        }

        var now = clock.GetUtcNow();
        var text = new StringBuilder();
        text.Append("# HELP interop_queue_depth Jobs in a queue, visible or not.\n# TYPE interop_queue_depth gauge\n");
        foreach (var s in stats)
        {
            text.Append(CultureInfo.InvariantCulture, $"interop_queue_depth{{queue=\"{s.Queue}\"}} {s.Depth}\n");
        }

        text.Append("# HELP interop_queue_oldest_age_seconds How long the oldest job in a queue has waited; 0 when it is empty.\n# TYPE interop_queue_oldest_age_seconds gauge\n");
        foreach (var s in stats)
        {
            var age = s.OldestInsertedAt is { } oldest ? Math.Max(0, (now - oldest).TotalSeconds) : 0;
            text.Append(CultureInfo.InvariantCulture, $"interop_queue_oldest_age_seconds{{queue=\"{s.Queue}\"}} {age:0.###}\n");
        }

        return text.ToString();
    }
}
