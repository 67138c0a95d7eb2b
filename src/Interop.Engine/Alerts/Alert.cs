namespace Interop.Engine.Alerts;

/// <summary>One incident: a rule's condition holding for one subject, from when it fired until it cleared.</summary>
/// <param name="Id">The incident's id; its recovery carries the same one.</param>
/// <param name="Rule">The rule's name.</param>
/// <param name="Kind">What the rule watches.</param>
/// <param name="Since">When the alert fired.</param>
/// <param name="Value">The latest value measured while it fired: a count, a percentage, or seconds.</param>
/// <param name="Threshold">The rule's threshold in the same unit.</param>
/// <param name="Summary">One sentence for the operator: ids, counts and durations only, never patient data.</param>
/// <param name="ResolvedAt">When the condition cleared, or null while it still holds.</param>
internal sealed record Alert(string Id, string Rule, AlertKind Kind, DateTimeOffset Since, double Value, double Threshold, string Summary, DateTimeOffset? ResolvedAt = null);
