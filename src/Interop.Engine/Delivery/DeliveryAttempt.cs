namespace Interop.Engine.Delivery;

/// <summary>One HTTP attempt, for the message's timeline.</summary>
/// <param name="Number">The attempt number within the delivery, from 1.</param>
/// <param name="StartedAt">When the request was sent.</param>
/// <param name="Latency">How long until the response headers arrived or the attempt failed.</param>
/// <param name="HttpStatus">The status the destination answered with; null when it did not answer.</param>
/// <param name="ReasonCode">A <see cref="DeliveryReasonCodes"/> code when the attempt failed; null when it succeeded.</param>
/// <param name="NextRetryDelay">How long the client waited before the next attempt; null when there was none.</param>
public sealed record DeliveryAttempt(
    int Number,
    DateTimeOffset StartedAt,
    TimeSpan Latency,
    int? HttpStatus,
    string? ReasonCode,
    TimeSpan? NextRetryDelay = null);
