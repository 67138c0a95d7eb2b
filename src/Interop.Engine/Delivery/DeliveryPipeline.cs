using Interop.Engine.Destinations;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace Interop.Engine.Delivery;

/// <summary>Builds a destination's pipeline: retry (outermost) around the circuit breaker around the per-attempt timeout.</summary>
/// <remarks>The breaker sits inside the retry so each attempt counts towards it and an open circuit ends the delivery at once instead of burning retries.</remarks>
internal static class DeliveryPipeline
{
    public static readonly ResiliencePropertyKey<DeliveryCall> CallKey = new("Interop.Delivery.Call");

    public static void Configure(
        ResiliencePipelineBuilder<HttpResponseMessage> builder,
        Destination destination,
        CircuitBreakerStateProvider stateProvider,
        TimeProvider timeProvider)
    {
        builder.TimeProvider = timeProvider;
        var retry = destination.Retry;
        if (retry.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = retry.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = retry.BaseDelay,
                MaxDelay = retry.MaxDelay,
                ShouldHandle = static args => ValueTask.FromResult(TransientHttpFailures.IsTransient(args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfterDelay(args.Outcome, retry.MaxDelay, timeProvider)),
                OnRetry = static args =>
                {
                    if (args.Context.Properties.TryGetValue(CallKey, out var call))
                    {
                        call.RecordRetryDelay(args.RetryDelay);
                    }

                    return default;
                },
            });
        }

        var breaker = destination.CircuitBreaker;
        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            FailureRatio = breaker.FailureRatio,
            MinimumThroughput = breaker.MinimumThroughput,
            SamplingDuration = breaker.SamplingDuration,
            BreakDuration = breaker.BreakDuration,
            ShouldHandle = static args => ValueTask.FromResult(TransientHttpFailures.IsTransient(args.Outcome)),
            StateProvider = stateProvider,
        });
        builder.AddTimeout(destination.Timeout);
    }

    // Polly ignores MaxDelay for generated delays, so the cap is applied here: a destination asking for an hour must not stall a worker for one.
    private static TimeSpan? RetryAfterDelay(Outcome<HttpResponseMessage> outcome, TimeSpan maxDelay, TimeProvider timeProvider) =>
        outcome.Result is { } response && RetryAfterHeader.Read(response, timeProvider) is { } wait
            ? (wait > maxDelay ? maxDelay : wait)
            : null;
}
