using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Interop.Testing;

/// <summary>A real Kestrel HTTP receiver on 127.0.0.1 that records every request and answers from a script, for delivery tests without mocked handlers.</summary>
public sealed class LoopbackReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Queue<ScriptedResponse> _script = new();
    private readonly List<ReceivedRequest> _requests = [];
    private readonly List<(int Count, TaskCompletionSource Signal)> _waiters = [];
    private readonly CancellationTokenSource _stopping = new();
    private readonly object _gate = new();
    private bool _stopped;

    private LoopbackReceiver(WebApplication app) => _app = app;

    /// <summary>The receiver's base URL, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>The answer once the script is used up; 200 unless a test changes it.</summary>
    public ScriptedResponse DefaultResponse { get; set; } = ScriptedResponse.Ok;

    /// <summary>A snapshot of the requests received so far, in arrival order.</summary>
    public IReadOnlyList<ReceivedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Starts a receiver on 127.0.0.1; port 0 picks a free port, a given port lets a test bring a stopped receiver back.</summary>
    public static async Task<LoopbackReceiver> StartAsync(int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var receiver = new LoopbackReceiver(app);
        app.Run(receiver.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = new Uri(address.TrimEnd('/') + "/");
        return receiver;
    }

    /// <summary>Queues answers for the next requests, one each, in order.</summary>
    public void Enqueue(params ScriptedResponse[] responses)
    {
        lock (_gate)
        {
            foreach (var response in responses)
            {
                _script.Enqueue(response);
            }
        }
    }

    /// <summary>Completes once at least <paramref name="count"/> requests have arrived (answered or not).</summary>
    public Task WaitForRequestsAsync(int count)
    {
        lock (_gate)
        {
            if (_requests.Count >= count)
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, signal));
            return signal.Task;
        }
    }

    /// <summary>Stops listening, so the port refuses connections; hanging responses are released first.</summary>
    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        await _stopping.CancelAsync();
        await _app.StopAsync();
    }

    /// <summary>Stops the receiver and releases its resources.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(
            header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);

        ScriptedResponse response;
        lock (_gate)
        {
            _requests.Add(new ReceivedRequest(context.Request.Method, context.Request.Path.Value ?? "/", headers, body.ToArray()));
            response = _script.Count > 0 ? _script.Dequeue() : DefaultResponse;
            foreach (var waiter in _waiters.Where(waiter => waiter.Count <= _requests.Count).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Signal.TrySetResult();
            }
        }

        if (response.Hang)
        {
            // Answer nothing until the client gives up (its timeout aborts the request) or the receiver stops.
            using var released = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, released.Token);
            }
            catch (OperationCanceledException)
            {
                // The expected way out: nothing to answer.
            }

            return;
        }

        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }
    }
}
