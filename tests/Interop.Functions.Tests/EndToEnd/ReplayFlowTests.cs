using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Interop.Testing;

namespace Interop.Functions.Tests.EndToEnd;

/// <summary>Dead letters and replays through the whole engine: a refused delivery waits, a dry run shows the plan, a replay delivers.</summary>
public sealed class ReplayFlowTests
{
    private const string Xml = "application/fhir+xml";

    [Fact]
    public async Task Replay_DeadLetteredAfter400_DryRunSendsNothingThenReplayDeliversWithTheOriginalKey()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var mailbox = await LoopbackReceiver.StartAsync();
        await using var host = EngineHost.Start(receiver, mailbox);
        receiver.Enqueue(ScriptedResponse.WithStatus(400));
        using var posted = await host.PostAsync(EngineHost.Pharmacy, "fhir/STU3/$process-message", Fixtures.NewUpdateRecord(), Xml);
        var id = posted.Headers.Location!.OriginalString.Split('/')[^1];

        var dead = await host.WaitForStatusAsync(id, "dead-lettered");
        dead.GetProperty("deliveries")[0].GetProperty("lastError").GetString().Should().NotBeNullOrEmpty();
        dead.GetProperty("deliveries")[0].GetProperty("attempts").GetInt32().Should().Be(1, "a 400 is not retried");

        using var operatorClient = host.ClientFor(EngineHost.Operator);
        using var dryRun = await operatorClient.PostAsync(new Uri($"api/messages/{id}/replay?dryRun=true", UriKind.Relative), null);
        var plan = JsonDocument.Parse(await dryRun.Content.ReadAsStringAsync()).RootElement;
        plan.GetProperty("destinations")[0].GetProperty("destinationId").GetString().Should().Be("gp-a81001");
        plan.TryGetProperty("replayId", out _).Should().BeFalse();
        receiver.Requests.Should().HaveCount(1, "a dry run sends nothing");

        using var replayResponse = await operatorClient.PostAsync(new Uri($"api/messages/{id}/replay", UriKind.Relative), null);
        var replayId = JsonDocument.Parse(await replayResponse.Content.ReadAsStringAsync()).RootElement.GetProperty("replayId").GetString()!;
        var replay = await host.WaitForStatusAsync(replayId, "delivered");
        replay.GetProperty("replayOf").GetString().Should().Be(id);
        receiver.Requests.Select(r => r.Headers["X-Request-Id"]).Should().AllBe($"{id}.gp-a81001");
        (await host.MessageAsync(id)).GetProperty("timeline").EnumerateArray().Should().Contain(e => e.GetProperty("step").GetString() == "replay");
    }

    [Fact]
    public async Task BulkReplay_DeadLetters_DryRunListsThemAndReplayDeliversThem()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var mailbox = await LoopbackReceiver.StartAsync();
        await using var host = EngineHost.Start(receiver, mailbox);
        receiver.Enqueue(ScriptedResponse.WithStatus(422), ScriptedResponse.WithStatus(422));
        var ids = new List<string>();
        foreach (var _ in Enumerable.Range(0, 2))
        {
            using var posted = await host.PostAsync(EngineHost.Pharmacy, "fhir/STU3/$process-message", Fixtures.NewUpdateRecord(), Xml);
            ids.Add(posted.Headers.Location!.OriginalString.Split('/')[^1]);
            await host.WaitForStatusAsync(ids[^1], "dead-lettered");
        }

        using var operatorClient = host.ClientFor(EngineHost.Operator);
        using var dryRun = await operatorClient.PostAsJsonAsync(new Uri("api/dead-letters/replay", UriKind.Relative), new { dryRun = true, destination = "gp-a81001" });
        var planned = JsonDocument.Parse(await dryRun.Content.ReadAsStringAsync()).RootElement.EnumerateArray().Select(p => p.GetProperty("messageId").GetString()).ToList();
        planned.Should().BeEquivalentTo(ids);

        using var replayed = await operatorClient.PostAsJsonAsync(new Uri("api/dead-letters/replay", UriKind.Relative), new { dryRun = false, destination = "gp-a81001" });
        var replayIds = JsonDocument.Parse(await replayed.Content.ReadAsStringAsync()).RootElement.EnumerateArray().Select(p => p.GetProperty("replayId").GetString()!).ToList();
        foreach (var replayId in replayIds)
        {
            await host.WaitForStatusAsync(replayId, "delivered");
        }

        replayIds.Should().HaveCount(2);
        replayed.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
