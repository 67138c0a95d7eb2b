using System.Text.Json;
using Interop.Engine.Alerts;
using Interop.Functions.Alerts;
using Interop.Functions.Tests.Support;
using Interop.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Interop.Functions.Tests.Alerts;

public sealed class WebhookNotifierTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly AlertRule DeadLetters = new("dead-letters", AlertKind.DeadLetters, 0, TimeSpan.FromMinutes(5), TimeSpan.Zero, null, null, 10);

    private readonly ServiceProvider _services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
    private readonly CapturingLoggerProvider _logs = new();
    private readonly AlertBoard _board = new(notify: true);
    private readonly ILoggerFactory _loggers;

    public WebhookNotifierTests() => _loggers = LoggerFactory.Create(logging => logging.AddProvider(_logs));

    [Fact]
    public async Task SendPendingAsync_WebhookFailsOnce_TriedAgainNextTimeAndRecoveryFollowsInOrder()
    {
        await using var webhook = await LoopbackReceiver.StartAsync();
        webhook.Enqueue(ScriptedResponse.WithStatus(500));
        var notifier = Notifier(new Uri(webhook.Url, "hook").AbsoluteUri);
        _board.Apply(DeadLetters, [new("", 3, "3 deliveries dead-lettered in the last 00:05:00 (more than 0).")], Start);
        _board.Apply(DeadLetters, [], Start.AddMinutes(6));

        await notifier.SendPendingAsync(CancellationToken.None);
        var afterFailure = _board.Pending().Count;
        await notifier.SendPendingAsync(CancellationToken.None);

        afterFailure.Should().Be(2, "nothing after a failed POST is sent, so a recovery never overtakes its alert");
        _board.Pending().Should().BeEmpty();
        var bodies = webhook.Requests.Select(r => JsonSerializer.Deserialize<JsonElement>(r.Body)).ToList();
        bodies.Select(b => b.GetProperty("status").GetString()).Should().Equal("firing", "firing", "resolved");
        bodies[1].GetProperty("kind").GetString().Should().Be("dead-letters");
        bodies[1].GetProperty("value").GetDouble().Should().Be(3);
        bodies[1].GetProperty("since").GetDateTimeOffset().Should().Be(Start);
        bodies[2].GetProperty("resolvedAt").GetDateTimeOffset().Should().Be(Start.AddMinutes(6));
        _logs.Entries.Should().ContainSingle(e => e.EventId == 7102 && e.Level == LogLevel.Warning)
            .Which.Text.Should().Contain("HTTP 500").And.Contain("dead-letters");
    }

    [Fact]
    public async Task SendPendingAsync_WebhookUnreachable_KeptPendingAndLoggedWithoutItsAddress()
    {
        var webhook = await LoopbackReceiver.StartAsync();
        var url = new Uri(webhook.Url, "hook").AbsoluteUri;
        await webhook.DisposeAsync();
        _board.Apply(DeadLetters, [new("", 1, "1 deliveries dead-lettered.")], Start);

        await Notifier(url).SendPendingAsync(CancellationToken.None);

        _board.Pending().Should().ContainSingle();
        _logs.Entries.Should().ContainSingle(e => e.EventId == 7103).Which.Text.Should().Contain("HttpRequestException").And.NotContain(url);
    }

    public void Dispose()
    {
        _services.Dispose();
        _loggers.Dispose();
    }

    private WebhookNotifier Notifier(string webhook)
    {
        return new WebhookNotifier(Options.Create(new AlertOptions { Webhook = webhook }), _board, _services.GetRequiredService<IHttpClientFactory>(), _loggers.CreateLogger<WebhookNotifier>());
    }
}
