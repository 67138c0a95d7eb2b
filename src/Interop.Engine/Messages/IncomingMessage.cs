namespace Interop.Engine.Messages;

/// <summary>A message as received, ready to be stored: its raw payload exactly as sent and what was read from it.</summary>
/// <param name="Id">The engine's id for the message (a new GUID, "N" format).</param>
/// <param name="ReceivedAt">When the request arrived.</param>
/// <param name="ClientId">The authenticated client that sent it.</param>
/// <param name="FhirVersion">"R4" or "STU3".</param>
/// <param name="ContentType">The payload's media type, <c>application/fhir+json</c> or <c>application/fhir+xml</c>.</param>
/// <param name="Envelope">What the header says.</param>
/// <param name="Payload">The request body exactly as received.</param>
/// <param name="ReplayOf">For a replay, the id of the original message.</param>
public sealed record IncomingMessage(
    string Id,
    DateTimeOffset ReceivedAt,
    string ClientId,
    string FhirVersion,
    string ContentType,
    MessageEnvelope Envelope,
    ReadOnlyMemory<byte> Payload,
    string? ReplayOf = null);
