namespace Interop.Engine.Messages;

/// <summary>The state of one message's delivery to one destination.</summary>
public enum DeliveryStatus
{
    /// <summary>Queued, not yet attempted.</summary>
    Pending,

    /// <summary>Attempted and failed in a way that is retried.</summary>
    Retrying,

    /// <summary>The destination accepted it.</summary>
    Delivered,

    /// <summary>Failed for good (not retryable, or retries exhausted); waits for a replay.</summary>
    DeadLettered,
}
