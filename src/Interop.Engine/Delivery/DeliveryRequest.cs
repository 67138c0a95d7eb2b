namespace Interop.Engine.Delivery;

/// <summary>What to deliver, where, and the ids the receiver sees.</summary>
/// <param name="DestinationId">The destination id from the destination directory.</param>
/// <param name="Payload">The bytes to POST, already in the destination's format.</param>
/// <param name="ContentType">The payload's media type, e.g. <c>application/fhir+json; charset=utf-8</c>.</param>
/// <param name="IdempotencyKey">Sent as <c>X-Request-Id</c>: stable per message and destination so the receiver can deduplicate.</param>
/// <param name="CorrelationId">Sent as <c>X-Correlation-Id</c>: ties the request to the message for both sides' logs.</param>
/// <param name="Headers">Further headers to send; they may not replace the headers the client sets itself.</param>
public sealed record DeliveryRequest(
    string DestinationId,
    ReadOnlyMemory<byte> Payload,
    string ContentType,
    string IdempotencyKey,
    string CorrelationId,
    IReadOnlyDictionary<string, string>? Headers = null);
