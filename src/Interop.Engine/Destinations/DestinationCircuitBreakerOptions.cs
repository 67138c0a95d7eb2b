namespace Interop.Engine.Destinations;

/// <summary>When to stop calling a failing destination and for how long (Polly's advanced circuit breaker).</summary>
public sealed class DestinationCircuitBreakerOptions
{
    /// <summary>The share of failed attempts within the sampling window that opens the circuit, above 0 and at most 1; 0.5 by default.</summary>
    public double FailureRatio { get; init; } = 0.5;

    /// <summary>Attempts needed in the window before the ratio counts, at least 2; 5 by default.</summary>
    public int MinimumThroughput { get; init; } = 5;

    /// <summary>The window failures are counted over, at least 0.5 seconds; 30 seconds by default.</summary>
    public TimeSpan SamplingDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the circuit stays open before one trial request, at least 0.5 seconds; 30 seconds by default.</summary>
    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(30);
}
