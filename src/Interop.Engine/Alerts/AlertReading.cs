namespace Interop.Engine.Alerts;

/// <summary>A rule's condition holding for one subject at one evaluation.</summary>
/// <param name="Subject">What breaches: a destination id, a queue name, or empty for a rule about the whole engine.</param>
/// <param name="Value">The measured value: a count, a percentage, or seconds.</param>
/// <param name="Summary">One sentence for the operator: ids, counts and durations only.</param>
internal sealed record AlertReading(string Subject, double Value, string Summary);
