using System.Net.Http.Headers;

namespace Interop.Cli.Load;

/// <summary>
/// Posts copies of a fixture, each with fresh ids, either on a fixed schedule (open loop: latency counts from when a copy
/// was due, so a slow host cannot hide its backlog) or with a fixed number in flight (closed loop).
/// </summary>
internal sealed class LoadSender(HttpClient http, Uri endpoint, MessageFixture fixture, string token, TimeProvider time)
{
    private static readonly TimeSpan ScheduleSlack = TimeSpan.FromMilliseconds(1);

    /// <summary>Sends <paramref name="messages"/> copies at <paramref name="rate"/> a second, or else with <paramref name="concurrency"/> in flight.</summary>
    public async Task<SendResult> SendAsync(int messages, double? rate, int? concurrency, CancellationToken cancellationToken)
    {
        var samples = new AcceptSample[messages];
        var startedAt = time.GetUtcNow();
        var start = time.GetTimestamp();
        if (rate is { } perSecond)
        {
            await SendOnScheduleAsync(samples, perSecond, start, cancellationToken);
        }
        else
        {
            await SendInFlightAsync(samples, concurrency ?? 1, cancellationToken);
        }

        return new SendResult(samples, startedAt, time.GetElapsedTime(start));
    }

    private async Task SendOnScheduleAsync(AcceptSample[] samples, double rate, long start, CancellationToken cancellationToken)
    {
        var sends = new Task[samples.Length];
        var ticksPerMessage = time.TimestampFrequency / rate;
        for (var i = 0; i < samples.Length; i++)
        {
            var due = start + (long)(i * ticksPerMessage);
            var wait = time.GetElapsedTime(time.GetTimestamp(), due);
            if (wait > ScheduleSlack)
            {
                await Task.Delay(wait, time, cancellationToken);
            }

            var index = i;
            sends[i] = Task.Run(async () => samples[index] = await SendOneAsync(due, cancellationToken), cancellationToken);
        }

        await Task.WhenAll(sends);
    }

    private async Task SendInFlightAsync(AcceptSample[] samples, int concurrency, CancellationToken cancellationToken)
    {
        var next = -1;
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < samples.Length; i = Interlocked.Increment(ref next))
            {
                samples[i] = await SendOneAsync(time.GetTimestamp(), cancellationToken);
            }
        }, cancellationToken));
        await Task.WhenAll(workers);
    }

    private async Task<AcceptSample> SendOneAsync(long due, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(fixture.Render(Guid.NewGuid().ToString(), Guid.NewGuid().ToString()));
        content.Headers.ContentType = new MediaTypeHeaderValue(fixture.MediaType);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            var latency = time.GetElapsedTime(due).TotalMilliseconds;
            var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var id = response.IsSuccessStatusCode ? MessageId(response.Headers.Location) : null;
            return new AcceptSample(response.IsSuccessStatusCode && id is null ? $"{status} without Location" : status, latency, id);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new AcceptSample("timeout", time.GetElapsedTime(due).TotalMilliseconds, null);
        }
        catch (HttpRequestException exception)
        {
            return new AcceptSample($"connection ({exception.HttpRequestError})", time.GetElapsedTime(due).TotalMilliseconds, null);
        }
    }

    /// <summary>The last segment of <c>/api/messages/{id}</c>.</summary>
    private static string? MessageId(Uri? location)
    {
        var path = location?.OriginalString.TrimEnd('/');
        var slash = path?.LastIndexOf('/') ?? -1;
        return path is null || slash < 0 || slash == path.Length - 1 ? null : path[(slash + 1)..];
    }
}
