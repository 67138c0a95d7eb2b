namespace Interop.Engine.Delivery;

/// <summary>How a delivery ended.</summary>
public enum DeliveryOutcome
{
    /// <summary>The destination answered 2xx.</summary>
    Delivered,

    /// <summary>A failure that retrying will not fix (most 4xx, missing credentials, unknown destination): dead-letter it.</summary>
    NotRetryable,

    /// <summary>Every attempt failed transiently; the reason is the last attempt's.</summary>
    RetriesExhausted,

    /// <summary>The circuit breaker refused to call the destination; re-queue after <see cref="DeliveryResult.RetryAfter"/> without counting it as a failed attempt of the message.</summary>
    CircuitOpen,
}
