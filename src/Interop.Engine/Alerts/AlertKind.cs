namespace Interop.Engine.Alerts;

/// <summary>What an alert rule watches; configured and shown in kebab case (<c>dead-letters</c>).</summary>
internal enum AlertKind
{
    /// <summary>More dead letters than a threshold within a window.</summary>
    DeadLetters,

    /// <summary>A destination's circuit breaker not closed for longer than a duration.</summary>
    BreakerOpen,

    /// <summary>A queue's oldest job older than a duration.</summary>
    QueueAge,

    /// <summary>The share of messages rejected within a window over a percentage.</summary>
    RejectionRate,
}
