using Interop.Engine.Destinations;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Interop.Engine.Delivery;

/// <summary>Delivers through the destination's named HttpClient and resilience pipeline and turns what happened into a <see cref="DeliveryResult"/>.</summary>
internal sealed class DeliveryClient(
    IDestinationDirectory directory,
    DestinationPipelines pipelines,
    IHttpClientFactory httpClientFactory,
    BearerTokenSource tokens,
    TimeProvider timeProvider,
    ILogger<DeliveryClient> logger) : IDeliveryClient
{
    public async Task<DeliveryResult> DeliverAsync(DeliveryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Headers?.Keys.FirstOrDefault(DeliveryHeaders.IsReserved) is { } reserved)
        {
            throw new ArgumentException($"Header '{reserved}' is set by the delivery client and cannot be supplied.", nameof(request));
        }

        var destination = directory.FindById(request.DestinationId);
        if (destination is null)
        {
            return Finish(request.DestinationId, new(DeliveryOutcome.NotRetryable, DeliveryReasonCodes.UnknownDestination, null, []));
        }

        var (available, token) = await tokens.ReadAsync(destination.Auth, cancellationToken).ConfigureAwait(false);
        if (!available)
        {
            return Finish(destination.Id, new(DeliveryOutcome.NotRetryable, DeliveryReasonCodes.TokenUnavailable, null, []));
        }

        var client = httpClientFactory.CreateClient(DestinationHttpClients.NameFor(destination.Id));
        var call = new DeliveryCall(destination, request, client, token, timeProvider, logger, cancellationToken);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(DeliveryPipeline.CallKey, call);
        try
        {
            using var response = await pipelines.Get(destination.Id)
                .ExecuteAsync(static (context, call) => call.SendAsync(context.CancellationToken), context, call)
                .ConfigureAwait(false);
            return Finish(destination.Id, FromResponse((int)response.StatusCode, call.Attempts));
        }
        catch (BrokenCircuitException exception)
        {
            // Refused without calling the destination: the caller re-queues after the remaining break instead of counting a failure.
            var code = exception is IsolatedCircuitException ? DeliveryReasonCodes.CircuitIsolated : DeliveryReasonCodes.CircuitOpen;
            var retryAfter = exception.RetryAfter ?? destination.CircuitBreaker.BreakDuration;
            return Finish(destination.Id, new(DeliveryOutcome.CircuitOpen, code, call.Attempts.LastOrDefault()?.HttpStatus, call.Attempts, retryAfter));
        }
        catch (TimeoutRejectedException)
        {
            return Finish(destination.Id, new(DeliveryOutcome.RetriesExhausted, DeliveryReasonCodes.Timeout, null, call.Attempts));
        }
        catch (HttpRequestException)
        {
            return Finish(destination.Id, new(DeliveryOutcome.RetriesExhausted, DeliveryReasonCodes.Network, null, call.Attempts));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static DeliveryResult FromResponse(int status, IReadOnlyList<DeliveryAttempt> attempts)
    {
        if (status is >= 200 and < 300)
        {
            return new(DeliveryOutcome.Delivered, null, status, attempts);
        }

        var outcome = TransientHttpFailures.IsTransient(status) ? DeliveryOutcome.RetriesExhausted : DeliveryOutcome.NotRetryable;
        return new(outcome, DeliveryReasonCodes.Http(status), status, attempts);
    }

    private DeliveryResult Finish(string destinationId, DeliveryResult result)
    {
        DeliveryLog.Finished(logger, destinationId, result.Outcome, result.ReasonCode, result.Attempts.Count);
        return result;
    }
}
