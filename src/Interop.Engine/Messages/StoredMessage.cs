namespace Interop.Engine.Messages;

/// <summary>A message as the store holds it, without its payload: metadata, deliveries and timeline.</summary>
/// <param name="Id">The engine's id.</param>
/// <param name="ReceivedAt">When it arrived.</param>
/// <param name="ClientId">The client that sent it.</param>
/// <param name="FhirVersion">"R4" or "STU3".</param>
/// <param name="ContentType">The payload's media type.</param>
/// <param name="Envelope">What the header said.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="ReplayOf">For a replay, the original message's id.</param>
/// <param name="Deliveries">One per destination, in the order routing chose them.</param>
/// <param name="Timeline">Every step, oldest first.</param>
public sealed record StoredMessage(
    string Id,
    DateTimeOffset ReceivedAt,
    string ClientId,
    string FhirVersion,
    string ContentType,
    MessageEnvelope Envelope,
    MessageStatus Status,
    string? ReplayOf,
    IReadOnlyList<DeliveryRecord> Deliveries,
    IReadOnlyList<TimelineEntry> Timeline);
