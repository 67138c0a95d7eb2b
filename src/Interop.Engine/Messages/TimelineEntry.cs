namespace Interop.Engine.Messages;

/// <summary>One step a message took: what happened, when, and with what outcome; never carries message content.</summary>
/// <param name="At">When the step finished.</param>
/// <param name="Step">The pipeline step: receive, validate, route, deliver, acknowledge, replay.</param>
/// <param name="Outcome">ok, rejected, duplicate, retry, failed, dead-lettered, skipped.</param>
/// <param name="Code">A stable code for the outcome (ITK response code, ENG code, HTTP status as text), when there is one.</param>
/// <param name="Detail">A short explanation for the interface team, free of patient data.</param>
/// <param name="Destination">The destination id, for delivery steps.</param>
/// <param name="Attempt">The delivery attempt number (1-based), for delivery steps.</param>
/// <param name="HttpStatus">The destination's HTTP status, when it answered.</param>
/// <param name="LatencyMs">How long the step (or HTTP call) took.</param>
public sealed record TimelineEntry(
    DateTimeOffset At,
    string Step,
    string Outcome,
    string? Code = null,
    string? Detail = null,
    string? Destination = null,
    int? Attempt = null,
    int? HttpStatus = null,
    double? LatencyMs = null);
