namespace Interop.Engine.Delivery;

/// <summary>The outcome of one delivery with every HTTP attempt made.</summary>
/// <param name="Outcome">How the delivery ended.</param>
/// <param name="ReasonCode">A <see cref="DeliveryReasonCodes"/> code for every outcome but <see cref="DeliveryOutcome.Delivered"/>.</param>
/// <param name="HttpStatus">The last status the destination answered with, if it answered.</param>
/// <param name="Attempts">The HTTP attempts made, in order; empty when the breaker refused before any, and for a breaker that opened mid-delivery the attempts before it did.</param>
/// <param name="RetryAfter">For <see cref="DeliveryOutcome.CircuitOpen"/>: how long until the breaker lets a request through.</param>
public sealed record DeliveryResult(
    DeliveryOutcome Outcome,
    string? ReasonCode,
    int? HttpStatus,
    IReadOnlyList<DeliveryAttempt> Attempts,
    TimeSpan? RetryAfter = null);
