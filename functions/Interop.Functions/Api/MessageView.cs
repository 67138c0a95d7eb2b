using Interop.Engine.Messages;

namespace Interop.Functions.Api;

/// <summary>A message as <c>GET /api/messages/{id}</c> shows it: metadata, deliveries, timeline and replays; no payload and no patient data.</summary>
internal sealed record MessageView(
    string Id,
    MessageStatus Status,
    DateTimeOffset ReceivedAt,
    string ClientId,
    string FhirVersion,
    string? Event,
    string? Sender,
    string? Recipient,
    string? MessageHeaderId,
    string? ReplayOf,
    string? DocumentId,
    string? ReplacesDocumentId,
    IReadOnlyList<DeliveryView> Deliveries,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<string> Replays)
{
    /// <summary>The view of a stored message and the ids of its replays, newest first.</summary>
    public static MessageView From(StoredMessage message, IReadOnlyList<string> replays) => new(
        message.Id,
        message.Status,
        message.ReceivedAt,
        message.ClientId,
        message.FhirVersion,
        message.Envelope.Event,
        message.Envelope.SenderOds,
        message.Envelope.RecipientOds,
        message.Envelope.MessageHeaderId,
        message.ReplayOf,
        message.Envelope.DocumentId,
        message.Envelope.ReplacesDocumentId,
        [.. message.Deliveries.Select(d => new DeliveryView(d.Destination, d.Status, d.Attempts, d.LastError, d.UpdatedAt, d.Mapping))],
        message.Timeline,
        replays);
}
