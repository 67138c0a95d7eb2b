using System.Globalization;
using Interop.Engine.Queues;

namespace Interop.Engine.Alerts;

/// <summary>Whether a rule's condition holds, and for which subjects: the logic of each alert kind, without HTTP or a clock of its own.</summary>
internal static class AlertConditions
{
    /// <summary>The subjects for which <paramref name="rule"/> breaches now; empty when all is well.</summary>
    public static IReadOnlyList<AlertReading> Breaches(AlertRule rule, AlertInputs inputs) => rule.Kind switch
    {
        AlertKind.DeadLetters => DeadLetters(rule, inputs),
        AlertKind.BreakerOpen => BreakerOpen(rule, inputs),
        AlertKind.QueueAge => QueueAge(rule, inputs),
        AlertKind.RejectionRate => RejectionRate(rule, inputs),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule.Kind, "Unknown alert kind."),
    };

    private static AlertReading[] DeadLetters(AlertRule rule, AlertInputs inputs)
    {
        var count = inputs.Counters.Count(AlertSignal.DeadLettered, rule.Window, rule.Destination);
        var where = rule.Destination is null ? "" : $" to {rule.Destination}";
        return count > rule.Threshold
            ? [new(rule.Destination ?? "", count, Text($"{count} deliveries{where} dead-lettered in the last {rule.Window:c} (more than {rule.Threshold})."))]
            : [];
    }

    private static AlertReading[] BreakerOpen(AlertRule rule, AlertInputs inputs) =>
        [.. inputs.OpenSince
            .Where(open => rule.Destination is null || string.Equals(open.Key, rule.Destination, StringComparison.OrdinalIgnoreCase))
            .Select(open => (open.Key, Seconds: Seconds(inputs.Now - open.Value)))
            .Where(open => open.Seconds > rule.For.TotalSeconds)
            .OrderBy(open => open.Key, StringComparer.Ordinal)
            .Select(open => new AlertReading(open.Key, open.Seconds,
                Text($"The circuit breaker of {open.Key} has not closed for {open.Seconds} s (longer than {rule.For.TotalSeconds} s).")))];

    private static AlertReading[] QueueAge(AlertRule rule, AlertInputs inputs)
    {
        IReadOnlyList<string> watched = rule.Queue is null ? QueueNames.Steps : [rule.Queue];
        return [.. inputs.Queues
            .Where(q => watched.Contains(q.Queue, StringComparer.Ordinal) && q.OldestInsertedAt is not null)
            .Select(q => (q.Queue, Seconds: Seconds(inputs.Now - q.OldestInsertedAt!.Value)))
            .Where(q => q.Seconds > rule.For.TotalSeconds)
            .Select(q => new AlertReading(q.Queue, q.Seconds,
                Text($"The oldest job in queue '{q.Queue}' has waited {q.Seconds} s (longer than {rule.For.TotalSeconds} s).")))];
    }

    private static AlertReading[] RejectionRate(AlertRule rule, AlertInputs inputs)
    {
        var received = inputs.Counters.Count(AlertSignal.Received, rule.Window);
        if (received == 0 || received < rule.MinMessages)
        {
            return [];
        }

        var rejected = inputs.Counters.Count(AlertSignal.Rejected, rule.Window);
        var percent = Math.Round(100.0 * rejected / received, 1);
        return percent > rule.Threshold
            ? [new("", percent, Text($"{percent}% of {received} messages rejected in the last {rule.Window:c} ({rejected}; over {rule.Threshold}%)."))]
            : [];
    }

    private static double Seconds(TimeSpan elapsed) => Math.Round(Math.Max(0, elapsed.TotalSeconds), 1);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
