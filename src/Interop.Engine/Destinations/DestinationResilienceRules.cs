namespace Interop.Engine.Destinations;

/// <summary>The ranges for timeout, retry and breaker settings: ours, and wide enough inside Polly's own limits that building a pipeline never throws.</summary>
internal static class DestinationResilienceRules
{
    private static readonly TimeSpan MinTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MaxTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan MinBreakerWindow = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan MaxDuration = TimeSpan.FromDays(1);
    private const int MaxAttempts = 100;

    public static void Check(DestinationOptions destination, string label, List<string> failures)
    {
        var code = DestinationErrorCodes.InvalidResilience;
        if (destination.Timeout < MinTimeout || destination.Timeout > MaxTimeout)
        {
            failures.Add($"{code}: {label} has Timeout {destination.Timeout}; use 10 ms to 10 minutes.");
        }

        var retry = destination.Retry;
        if (retry.MaxAttempts is < 1 or > MaxAttempts)
        {
            failures.Add($"{code}: {label} has Retry:MaxAttempts {retry.MaxAttempts}; use 1 to {MaxAttempts}.");
        }

        if (retry.BaseDelay < TimeSpan.Zero || retry.MaxDelay < retry.BaseDelay || retry.MaxDelay > MaxDuration)
        {
            failures.Add($"{code}: {label} has Retry:BaseDelay {retry.BaseDelay} and MaxDelay {retry.MaxDelay}; need 0 <= BaseDelay <= MaxDelay <= 1 day.");
        }

        var breaker = destination.CircuitBreaker;
        if (breaker.FailureRatio is <= 0 or > 1 || double.IsNaN(breaker.FailureRatio))
        {
            failures.Add($"{code}: {label} has CircuitBreaker:FailureRatio {breaker.FailureRatio}; use more than 0 and at most 1.");
        }

        if (breaker.MinimumThroughput < 2)
        {
            failures.Add($"{code}: {label} has CircuitBreaker:MinimumThroughput {breaker.MinimumThroughput}; use 2 or more.");
        }

        if (!InWindow(breaker.SamplingDuration) || !InWindow(breaker.BreakDuration))
        {
            failures.Add($"{code}: {label} has CircuitBreaker:SamplingDuration {breaker.SamplingDuration} and BreakDuration {breaker.BreakDuration}; use 0.5 s to 1 day.");
        }
    }

    private static bool InWindow(TimeSpan value) => value >= MinBreakerWindow && value <= MaxDuration;
}
