using Interop.Functions.Tests.EndToEnd;
using Interop.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Interop.Functions.Tests.Console;

/// <summary>The operator console in headless Chromium against the real engine: find a failure, read it, dry-run, replay, see it delivered.</summary>
[Collection(ConsoleBrowserGroup.Name)]
public sealed partial class ConsoleBrowserTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task Console_DeadLetteredMessage_FoundReadDryRunReplayedAndDelivered()
    {
        var shots = new Screenshots("replay-flow");
        await using var context = await fixture.NewContextAsync();
        var console = await ConsolePage.OpenAsync(context);
        await console.SignInAsync(fixture.Host.TokenFor(EngineHost.Operator));
        await Expect(console.Link(fixture.RejectedId)).ToBeVisibleAsync();
        await console.CaptureAsync(shots, "messages");

        await console.Page.GetByLabel("Status").SelectOptionAsync("dead-lettered");
        await console.Button("Apply filters").ClickAsync();
        var list = console.Table("Messages, newest first");
        await Expect(list.GetByRole(AriaRole.Row)).ToHaveCountAsync(2);
        await Expect(list).ToContainTextAsync(fixture.DeadLetteredId);
        await console.CaptureAsync(shots, "filtered-to-dead-lettered");

        await list.GetByRole(AriaRole.Link, new() { Name = fixture.DeadLetteredId }).ClickAsync();
        await Expect(console.Heading($"Message {fixture.DeadLetteredId}")).ToBeVisibleAsync();
        var deliveries = console.Table("Deliveries, one per destination");
        await Expect(deliveries).ToContainTextAsync("dead-lettered");
        await Expect(deliveries).ToContainTextAsync(fixture.DeadLetterError);
        var failedAttempts = console.Table("Every step and delivery attempt, oldest first").GetByRole(AriaRole.Row).Filter(new() { HasText = "gp-a81001" });
        var answered400 = console.Page.GetByRole(AriaRole.Cell, new() { Name = "400", Exact = true });
        await Expect(failedAttempts.Filter(new() { Has = answered400 })).ToHaveCountAsync(1);
        (await console.Page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
            .Should().BeTrue("the message page fits a 1366×768 laptop screen without scrolling sideways");
        await console.CaptureAsync(shots, "dead-lettered-message");

        var sentBefore = SentToGp();
        await console.Button("Dry run replay").ClickAsync();
        await Expect(console.Table("Where the replay would go")).ToContainTextAsync("gp-a81001");
        SentToGp().Should().Be(sentBefore, "a dry run sends nothing");
        await console.CaptureAsync(shots, "dry-run");

        fixture.Receiver.DefaultResponse = ScriptedResponse.Ok;
        await console.Button("Replay").ClickAsync();
        var replayLink = console.Page.Locator(".outcome").GetByRole(AriaRole.Link);
        await Expect(replayLink).ToBeVisibleAsync();
        var replayId = (await replayLink.TextContentAsync())!;
        await console.CaptureAsync(shots, "replayed");

        await replayLink.ClickAsync();
        await Expect(console.Heading($"Message {replayId}")).ToBeVisibleAsync();
        await Expect(console.Summary("Status")).ToHaveTextAsync("delivered", new() { Timeout = 30_000 });
        await Expect(console.Summary("Replay of")).ToHaveTextAsync(fixture.DeadLetteredId);
        await console.CaptureAsync(shots, "replay-delivered");
        (await fixture.Host.MessageAsync(replayId)).GetProperty("status").GetString().Should().Be("delivered");
        console.ScriptErrors.Should().BeEmpty();
    }

    private int SentToGp() => fixture.Receiver.Requests.Count(r => r.Path == "/gp/A81001");
}
