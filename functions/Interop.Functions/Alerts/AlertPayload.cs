using Interop.Engine.Alerts;

namespace Interop.Functions.Alerts;

/// <summary>The JSON a webhook receives: one incident firing, or its recovery (with <c>resolvedAt</c>).</summary>
/// <param name="Status">firing or resolved.</param>
/// <param name="Rule">The rule's name.</param>
/// <param name="Kind">What the rule watches.</param>
/// <param name="Id">The incident's id, the same in its recovery.</param>
/// <param name="Since">When the alert fired.</param>
/// <param name="Value">The value measured: a count, a percentage, or seconds.</param>
/// <param name="Threshold">The rule's threshold in the same unit.</param>
/// <param name="Summary">One sentence: ids, counts and durations, never patient data.</param>
/// <param name="ResolvedAt">When the condition cleared (recoveries only).</param>
internal sealed record AlertPayload(AlertStatus Status, string Rule, AlertKind Kind, string Id, DateTimeOffset Since, double Value, double Threshold, string Summary, DateTimeOffset? ResolvedAt)
{
    /// <summary>The payload of a notification.</summary>
    public static AlertPayload From(AlertNotification notification)
    {
        var alert = notification.Alert;
        return new(notification.Status, alert.Rule, alert.Kind, alert.Id, alert.Since, alert.Value, alert.Threshold, alert.Summary, alert.ResolvedAt);
    }
}
