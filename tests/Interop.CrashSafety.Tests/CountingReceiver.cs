using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Interop.Cli.Load;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Interop.CrashSafety.Tests;

/// <summary>
/// A destination on loopback that answers 200 to everything, counts raw requests to <c>/gp/…</c> and deduplicates them by
/// <c>X-Request-Id</c>, noting the MessageHeader.id each key carried; acknowledgements to <c>/mailbox/…</c> are only counted.
/// </summary>
internal sealed class CountingReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, string> headerIdByKey = new(StringComparer.Ordinal);
    private readonly object waitLock = new();
    private int rawDeliveries;
    private int acknowledgements;
    private (IReadOnlySet<string> Keys, TaskCompletionSource Done)? waiting;

    private CountingReceiver(WebApplication app) => this.app = app;

    /// <summary>The receiver's base address.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Deliveries received, repeats included.</summary>
    public int RawDeliveries => Volatile.Read(ref rawDeliveries);

    /// <summary>Acknowledgements received.</summary>
    public int Acknowledgements => Volatile.Read(ref acknowledgements);

    /// <summary>Each distinct X-Request-Id delivered, with the MessageHeader.id of its payload.</summary>
    public IReadOnlyDictionary<string, string> HeaderIdByKey => headerIdByKey;

    /// <summary>Starts a receiver on an ephemeral loopback port.</summary>
    public static async Task<CountingReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var receiver = new CountingReceiver(builder.Build());
        receiver.app.MapPost("/{kind}/{ods}", receiver.ReceiveAsync);
        await receiver.app.StartAsync();
        var address = receiver.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        receiver.BaseUrl = new Uri(address);
        return receiver;
    }

    /// <summary>Completes when every key in <paramref name="keys"/> has been delivered at least once.</summary>
    public Task WaitForKeysAsync(IReadOnlySet<string> keys)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (waitLock)
        {
            waiting = (keys, done);
            CheckWaiting();
        }

        return done.Task;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task<IResult> ReceiveAsync(string kind, HttpRequest request)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        if (kind != "gp")
        {
            Interlocked.Increment(ref acknowledgements);
            return Results.Ok();
        }

        var key = request.Headers["X-Request-Id"].ToString();
        Interlocked.Increment(ref rawDeliveries);
        headerIdByKey.TryAdd(key, HeaderId(body.ToArray()));
        lock (waitLock)
        {
            CheckWaiting();
        }

        return Results.Ok();
    }

    private void CheckWaiting()
    {
        if (waiting is { } wait && wait.Keys.All(headerIdByKey.ContainsKey))
        {
            wait.Done.TrySetResult();
            waiting = null;
        }
    }

    private static string HeaderId(byte[] payload) =>
        XmlFixtureIds.TryFind(payload, out var ids, out _)
            ? Encoding.UTF8.GetString(payload, ids.MessageHeaderId.Offset, ids.MessageHeaderId.Length)
            : "";
}
