using System.Net.Http.Headers;
using Interop.Engine.Destinations;
using Microsoft.Extensions.Logging;

namespace Interop.Engine.Delivery;

/// <summary>One delivery in flight: sends each attempt's request and keeps the record of every attempt.</summary>
internal sealed class DeliveryCall(
    Destination destination,
    DeliveryRequest request,
    HttpClient client,
    string? bearerToken,
    TimeProvider timeProvider,
    ILogger logger,
    CancellationToken callerToken)
{
    private readonly List<DeliveryAttempt> _attempts = [];

    public IReadOnlyList<DeliveryAttempt> Attempts => _attempts;

    public async ValueTask<HttpResponseMessage> SendAsync(CancellationToken attemptToken)
    {
        var number = _attempts.Count + 1;
        var startedAt = timeProvider.GetUtcNow();
        var started = timeProvider.GetTimestamp();
        using var message = CreateMessage();
        try
        {
            var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, attemptToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            Record(number, startedAt, started, status, response.IsSuccessStatusCode ? null : DeliveryReasonCodes.Http(status));
            return response;
        }
        catch (HttpRequestException)
        {
            Record(number, startedAt, started, null, DeliveryReasonCodes.Network);
            throw;
        }
        catch (OperationCanceledException) when (!callerToken.IsCancellationRequested)
        {
            // Not the caller's cancellation, so the per-attempt timeout fired; Polly turns this into a TimeoutRejectedException.
            Record(number, startedAt, started, null, DeliveryReasonCodes.Timeout);
            throw;
        }
    }

    public void RecordRetryDelay(TimeSpan delay)
    {
        if (_attempts.Count > 0)
        {
            _attempts[^1] = _attempts[^1] with { NextRetryDelay = delay };
        }
    }

    private HttpRequestMessage CreateMessage()
    {
        var message = new HttpRequestMessage(HttpMethod.Post, destination.Url);
        var content = new ReadOnlyMemoryContent(request.Payload);
        content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
        message.Content = content;
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(
            destination.Format == DestinationFormat.Xml ? "application/fhir+xml" : "application/fhir+json"));
        message.Headers.TryAddWithoutValidation(DeliveryHeaders.RequestId, request.IdempotencyKey);
        message.Headers.TryAddWithoutValidation(DeliveryHeaders.CorrelationId, request.CorrelationId);
        if (bearerToken is not null)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }

        foreach (var (name, value) in request.Headers ?? new Dictionary<string, string>())
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        return message;
    }

    private void Record(int number, DateTimeOffset startedAt, long started, int? status, string? reasonCode)
    {
        var latency = timeProvider.GetElapsedTime(started);
        _attempts.Add(new DeliveryAttempt(number, startedAt, latency, status, reasonCode));
        DeliveryLog.Attempt(logger, destination.Id, number, status, reasonCode, latency.TotalMilliseconds);
    }
}
