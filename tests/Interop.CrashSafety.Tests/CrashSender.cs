using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Interop.Cli.Load;

namespace Interop.CrashSafety.Tests;

/// <summary>
/// Posts copies of a message from several workers until the host stops answering. A worker stops at its first request
/// without an answer, so at most one request per worker is left in doubt (perhaps stored, never acknowledged).
/// </summary>
internal sealed class CrashSender(HttpClient http, Uri endpoint, MessageFixture fixture, string token)
{
    private readonly ConcurrentDictionary<string, string> accepted = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> unanswered = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource enough = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int refused;
    private int enoughAt = int.MaxValue;

    /// <summary>The engine's message id of every copy answered 2xx, by the copy's MessageHeader.id.</summary>
    public IReadOnlyDictionary<string, string> Accepted => accepted;

    /// <summary>The MessageHeader.id of every copy sent without an answer.</summary>
    public ICollection<string> Unanswered => unanswered.Keys;

    /// <summary>Copies answered with something other than 2xx.</summary>
    public int Refused => Volatile.Read(ref refused);

    /// <summary>Completes once <paramref name="count"/> copies have been accepted.</summary>
    public Task WhenAcceptedAsync(int count)
    {
        Volatile.Write(ref enoughAt, count);
        if (accepted.Count >= count)
        {
            enough.TrySetResult();
        }

        return enough.Task;
    }

    /// <summary>Runs <paramref name="workers"/> workers until each meets a request that gets no answer.</summary>
    public Task RunAsync(int workers, CancellationToken cancellationToken) =>
        Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(() => WorkAsync(cancellationToken), cancellationToken)));

    private async Task WorkAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var headerId = Guid.NewGuid().ToString();
            using var content = new ByteArrayContent(fixture.Render(headerId, Guid.NewGuid().ToString()));
            content.Headers.ContentType = new MediaTypeHeaderValue(fixture.MediaType);
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = content };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            try
            {
                using var response = await http.SendAsync(request, cancellationToken);
                if (response.IsSuccessStatusCode && response.Headers.Location?.OriginalString.Split('/')[^1] is { Length: > 0 } messageId)
                {
                    accepted[headerId] = messageId;
                    if (accepted.Count >= Volatile.Read(ref enoughAt))
                    {
                        enough.TrySetResult();
                    }
                }
                else
                {
                    Interlocked.Increment(ref refused);
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException)
            {
                unanswered[headerId] = 0;
                return;
            }
        }
    }
}
