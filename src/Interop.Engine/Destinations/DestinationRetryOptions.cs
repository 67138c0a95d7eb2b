namespace Interop.Engine.Destinations;

/// <summary>Retries with exponential backoff and jitter after transient failures (5xx, 408, 429, network faults, timeouts).</summary>
public sealed class DestinationRetryOptions
{
    /// <summary>HTTP attempts per delivery including the first, 1–100; 5 by default.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>The median delay before the first retry, doubling after each; 1 second by default.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between attempts, also capping a destination's Retry-After; 30 seconds by default.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);
}
