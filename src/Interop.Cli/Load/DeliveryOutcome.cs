namespace Interop.Cli.Load;

/// <summary>Where one accepted copy ended up.</summary>
/// <param name="MessageId">The engine's id.</param>
/// <param name="Status">Its status as the API shows it (<c>delivered</c>, <c>routed</c>, <c>dead-lettered</c>, …), or <c>missing</c>.</param>
/// <param name="ReceivedAt">When the host received it.</param>
/// <param name="DeliveredAt">When its last successful delivery finished, for a delivered message.</param>
internal sealed record DeliveryOutcome(string MessageId, string Status, DateTimeOffset? ReceivedAt, DateTimeOffset? DeliveredAt)
{
    /// <summary>The API's status of a message delivered to every destination.</summary>
    public const string Delivered = "delivered";

    /// <summary>The status recorded for an id the host no longer knows.</summary>
    public const string Missing = "missing";

    /// <summary>The outcome of <paramref name="message"/>: delivered at the latest successful deliver step on its timeline.</summary>
    public static DeliveryOutcome From(ApiMessage message)
    {
        var deliveredAt = message.Status == Delivered
            ? message.Timeline.Where(e => e is { Step: "deliver", Outcome: "ok" }).Select(e => (DateTimeOffset?)e.At).Max()
            : null;
        return new DeliveryOutcome(message.Id, message.Status, message.ReceivedAt, deliveredAt);
    }

    /// <summary>End-to-end latency in milliseconds, received to delivered, when it was delivered.</summary>
    public double? EndToEndMs => DeliveredAt - ReceivedAt is { } span ? span.TotalMilliseconds : null;
}
