using System.Net;

namespace Interop.Cli.Load;

/// <summary>One load run: probe the disk, send the copies, follow them to delivery, sample the host's memory throughout.</summary>
internal sealed class LoadRunner(TimeProvider time)
{
    private static readonly TimeSpan CommitProbeDuration = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    // The search's 'from' is taken a little early, in case the host's clock is behind this one.
    private static readonly TimeSpan ClockAllowance = TimeSpan.FromSeconds(5);

    /// <summary>Runs <paramref name="settings"/> with <paramref name="fixture"/>, posting with <paramref name="senderToken"/> and following with <paramref name="operatorToken"/>.</summary>
    public async Task<LoadReport> RunAsync(LoadSettings settings, MessageFixture fixture, int fixtureBytes, string senderToken, string operatorToken, TextWriter progress, CancellationToken cancellationToken)
    {
        progress.WriteLine("probing the SQLite commit rate...");
        var commitRate = CommitRateProbe.Measure(Path.GetTempPath(), CommitProbeDuration, time);

        using var http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = settings.Concurrency ?? LoadLimits.RateModeConnections,
            AutomaticDecompression = DecompressionMethods.None,
        })
        { Timeout = RequestTimeout };
        await using var memory = settings.HostPid is { } pid ? HostMemorySampler.Start(pid, time) : null;
        if (settings.HostPid is { } missing && memory is null)
        {
            progress.WriteLine($"cannot read /proc/{missing}/status: host memory is not reported");
        }

        var sender = new LoadSender(http, settings.ProcessMessageUrl, fixture, senderToken, time);
        var follower = new DeliveryFollower(new OperatorApi(http, settings.Url, operatorToken), time);
        if (settings.Warmup > 0)
        {
            progress.WriteLine($"warming up with {settings.Warmup} messages ({settings.Mode})...");
            await SendAndFollowAsync(settings, settings.Warmup, sender, follower, cancellationToken);
        }

        progress.WriteLine($"sending {settings.Messages} messages ({settings.Mode})...");
        var (sent, delivered) = await SendAndFollowAsync(settings, settings.Messages, sender, follower, cancellationToken, progress);
        var hostMemory = memory is null ? null : await memory.StopAsync();

        return new LoadReport(
            settings.Url.ToString(),
            Path.GetFileName(settings.FixturePath),
            fixtureBytes,
            settings.Mode,
            settings.Warmup,
            AcceptFigures.From(sent),
            DeliveryFigures.From(delivered),
            commitRate.PerSecond,
            hostMemory);
    }

    private static async Task<(SendResult Sent, DeliveryResult Delivered)> SendAndFollowAsync(
        LoadSettings settings, int messages, LoadSender sender, DeliveryFollower follower, CancellationToken cancellationToken, TextWriter? progress = null)
    {
        var sent = await sender.SendAsync(messages, settings.Rate, settings.Concurrency, cancellationToken);
        progress?.WriteLine("following deliveries...");
        var ids = sent.Samples.Where(s => s.IsAccepted).Select(s => s.MessageId!).ToList();
        var delivered = await follower.FollowAsync(ids, sent.StartedAt - ClockAllowance, settings.Timeout, cancellationToken);
        return (sent, delivered);
    }
}
