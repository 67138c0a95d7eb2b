using System.Net.Http.Json;
using Interop.Testing;

namespace Interop.Functions.Tests.Api;

/// <summary>Replays from the console: dry-run bodies masked unless revealed, replays audited and linked from the original.</summary>
public sealed class ReplayAuditTests(ConsoleApiHost console) : IClassFixture<ConsoleApiHost>
{
    [Fact]
    public async Task Replay_DryRunThenRevealThenReplay_MasksTheDryRunAuditsRevealAndReplayAndListsTheReplay()
    {
        var id = await console.SendDeadLetterAsync();

        var masked = await console.OperatorAsync(HttpMethod.Post, $"api/messages/{id}/replay?dryRun=true");
        var revealed = await console.OperatorAsync(HttpMethod.Post, $"api/messages/{id}/replay?dryRun=true&reveal=true");
        var replayed = await console.OperatorAsync(HttpMethod.Post, $"api/messages/{id}/replay");

        Body(masked).Should().NotContain("9449305552").And.Contain("*****");
        Body(revealed).Should().Contain("9449305552");
        var replayId = replayed.GetProperty("replayId").GetString()!;
        var audit = await console.AuditAsync(id);
        audit.Select(e => (e.GetProperty("action").GetString(), e.GetProperty("detail").GetString(), e.GetProperty("actor").GetString()))
            .Should().Equal(("replay", $"replayed as {replayId}", "demo-operator"), ("reveal", "dry run: 1 destinations", "demo-operator"));
        (await console.Host.MessageAsync(id)).GetProperty("replays").EnumerateArray().Select(r => r.GetString()).Should().Equal(replayId);
    }

    [Fact]
    public async Task BulkReplay_NotDryRun_IsAuditedWithItsFilterAndEachMessage()
    {
        var id = await console.SendDeadLetterAsync();
        using var http = console.Host.ClientFor(EndToEnd.EngineHost.Operator);

        using var response = await http.PostAsJsonAsync(new Uri("api/dead-letters/replay", UriKind.Relative), new { dryRun = false, @event = "ITK014M" });

        response.EnsureSuccessStatusCode();
        var bulk = (await console.OperatorAsync(HttpMethod.Get, "api/audit?action=bulk-replay")).GetProperty("items")[0];
        bulk.GetProperty("detail").GetString().Should().EndWith("filter: event=ITK014M");
        bulk.GetProperty("actor").GetString().Should().Be("demo-operator");
        bulk.TryGetProperty("messageId", out _).Should().BeFalse();
        (await console.AuditAsync(id)).Should().ContainSingle(e => e.GetProperty("action").GetString() == "replay"
            && e.GetProperty("detail").GetString()!.EndsWith("(bulk)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BulkReplay_ByReason_AuditNamesTheReason()
    {
        await console.SendDeadLetterAsync();
        using var http = console.Host.ClientFor(EndToEnd.EngineHost.Operator);

        using var response = await http.PostAsJsonAsync(new Uri("api/dead-letters/replay", UriKind.Relative), new { dryRun = false, reason = "DLV-HTTP-400" });

        response.EnsureSuccessStatusCode();
        var bulk = (await console.OperatorAsync(HttpMethod.Get, "api/audit?action=bulk-replay")).GetProperty("items")[0];
        bulk.GetProperty("detail").GetString().Should().EndWith("filter: reason=DLV-HTTP-400");
    }

    private static string Body(System.Text.Json.JsonElement plan) =>
        plan.GetProperty("destinations")[0].GetProperty("output").GetProperty("body").GetString()!;
}
