using System.Diagnostics.Metrics;

namespace Interop.Engine.Telemetry;

/// <summary>
/// The engine's counters and histograms (meter <c>Interop.Engine</c>), named as Prometheus shows them; labels carry event
/// codes, destination ids and stable reason codes only, never message content.
/// </summary>
public sealed class EngineMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "Interop.Engine";

    /// <summary>The counter of messages at the door.</summary>
    public const string ReceivedName = "interop_messages_received_total";

    /// <summary>The counter of accepted messages rejected later.</summary>
    public const string RejectedName = "interop_messages_rejected_total";

    /// <summary>The counter of deliveries that ended.</summary>
    public const string DeliveriesName = "interop_deliveries_total";

    /// <summary>The outcome of a message taken in at the door.</summary>
    public const string Accepted = "accepted";

    /// <summary>The outcome of a message refused at the door.</summary>
    public const string Refused = "refused";

    private readonly Counter<long> _received;
    private readonly Counter<long> _rejected;
    private readonly Counter<long> _deliveries;
    private readonly Histogram<double> _attemptSeconds;

    /// <summary>Creates the instruments on a meter from <paramref name="meters"/>.</summary>
    public EngineMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _received = meter.CreateCounter<long>(ReceivedName, description: "Messages at the door, by event and outcome (accepted, duplicate, refused) and the refusal's code.");
        _rejected = meter.CreateCounter<long>(RejectedName, description: "Accepted messages rejected later, by event, step (validate, route) and code.");
        _deliveries = meter.CreateCounter<long>(DeliveriesName, description: "Deliveries that ended, by destination, event and outcome (delivered, dead-lettered) and the dead letter's reason.");
        _attemptSeconds = meter.CreateHistogram<double>("interop_delivery_attempt_duration_seconds", "s", "The latency of each HTTP delivery attempt, by destination.");
    }

    /// <summary>A message accepted, answered as a duplicate, or refused with <paramref name="code"/>.</summary>
    public void Received(string? eventCode, string outcome, string? code = null) =>
        _received.Add(1, Tag("event", eventCode), Tag("outcome", outcome), Tag("reason", code));

    /// <summary>An accepted message rejected at <paramref name="step"/> with <paramref name="code"/>.</summary>
    public void Rejected(string? eventCode, string step, string code) =>
        _rejected.Add(1, Tag("event", eventCode), Tag("step", step), Tag("reason", code));

    /// <summary>A delivery that ended: delivered, or dead-lettered with <paramref name="reason"/>.</summary>
    public void DeliveryEnded(string destination, string? eventCode, string outcome, string? reason = null) =>
        _deliveries.Add(1, Tag("destination", destination), Tag("event", eventCode), Tag("outcome", outcome), Tag("reason", reason));

    /// <summary>One HTTP attempt's latency.</summary>
    public void Attempt(string destination, TimeSpan latency) =>
        _attemptSeconds.Record(latency.TotalSeconds, Tag("destination", destination));

    private static KeyValuePair<string, object?> Tag(string name, string? value) => new(name, value ?? "");
}
