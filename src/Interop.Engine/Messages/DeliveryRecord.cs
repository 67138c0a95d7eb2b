namespace Interop.Engine.Messages;

/// <summary>A message's delivery to one destination.</summary>
/// <param name="Destination">The destination id from the destination directory.</param>
/// <param name="Status">Where the delivery stands.</param>
/// <param name="Attempts">HTTP attempts made so far.</param>
/// <param name="LastError">The reason of the last failure (a code and a short text), or null.</param>
/// <param name="IdempotencyKey">Sent as <c>X-Request-Id</c> on every attempt: stable per message and destination.</param>
/// <param name="UpdatedAt">When the record last changed.</param>
/// <param name="Mapping">What the message becomes for this destination (a route mapping's name), or null for the message itself.</param>
public sealed record DeliveryRecord(
    string Destination,
    DeliveryStatus Status,
    int Attempts,
    string? LastError,
    string IdempotencyKey,
    DateTimeOffset UpdatedAt,
    string? Mapping = null);
