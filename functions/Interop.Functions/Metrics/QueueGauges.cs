using System.Globalization;
using System.Text;
using Interop.Engine.Queues;

namespace Interop.Functions.Metrics;

/// <summary>The queues' depth and the age of their oldest job as gauges, read from the queue when scraped.</summary>
internal static class QueueGauges
{
    /// <summary>The two gauges in the text exposition format.</summary>
    public static async Task<string> RenderAsync(IMessageQueue queue, TimeProvider clock, CancellationToken cancellationToken)
    {
        var depths = await QueueDepths.ReadAsync(queue, clock, cancellationToken);
        var text = new StringBuilder();
        text.Append("# HELP interop_queue_depth Jobs in a queue, visible or not.\n# TYPE interop_queue_depth gauge\n");
        foreach (var d in depths)
        {
            text.Append(CultureInfo.InvariantCulture, $"interop_queue_depth{{queue=\"{d.Queue}\"}} {d.Depth}\n");
        }

        text.Append("# HELP interop_queue_oldest_age_seconds How long the oldest job in a queue has waited; 0 when it is empty.\n# TYPE interop_queue_oldest_age_seconds gauge\n");
        foreach (var d in depths)
        {
            text.Append(CultureInfo.InvariantCulture, $"interop_queue_oldest_age_seconds{{queue=\"{d.Queue}\"}} {d.OldestAgeSeconds:0.###}\n");
        }

        return text.ToString();
    }
}
