using System.Net.Http.Json;
using System.Text.Json;
using Interop.Testing;

namespace Interop.Functions.Tests.EndToEnd;

/// <summary>
/// The operations views over real traffic: a GP system that refuses one Update Record with 422 and one with 400 and takes a
/// third, so there are two dead letters with different reasons and one delivery.
/// </summary>
public sealed class OperationsApiTests
{
    private const string Xml = "application/fhir+xml";
    private const string Gp = "gp-a81001";

    [Fact]
    public async Task OperationsViews_TwoRefusalsAndOneDelivery_ShowGroupsDestinationHealthAndSeries()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var mailbox = await LoopbackReceiver.StartAsync();
        await using var host = EngineHost.Start(receiver, mailbox);
        receiver.Enqueue(ScriptedResponse.WithStatus(422), ScriptedResponse.WithStatus(400));
        var refused = await SendAsync(host, "dead-lettered");
        var invalid = await SendAsync(host, "dead-lettered");
        await SendAsync(host, "delivered");
        using var client = host.ClientFor(EngineHost.Operator);

        var deadLetters = await GetAsync(client, "api/dead-letters");
        deadLetters.GetProperty("total").GetInt32().Should().Be(2);
        deadLetters.GetProperty("groups").EnumerateArray().Select(g => (
            g.GetProperty("reason").GetString(), g.GetProperty("destination").GetString(), g.GetProperty("event").GetString(),
            g.GetProperty("count").GetInt32(), g.GetProperty("messageIds")[0].GetString()))
            .Should().BeEquivalentTo([("DLV-HTTP-422", Gp, "ITK014M", 1, refused), ("DLV-HTTP-400", Gp, "ITK014M", 1, invalid)]);

        var destinations = await GetAsync(client, "api/destinations?window=PT1H");
        var gp = destinations.GetProperty("items").EnumerateArray().Single(d => d.GetProperty("id").GetString() == Gp);
        (gp.GetProperty("kind").GetString(), gp.GetProperty("circuit").GetString(), gp.GetProperty("fhirVersion").GetString(), gp.GetProperty("format").GetString())
            .Should().Be(("gp-system", "closed", "STU3", "xml"));
        (gp.GetProperty("delivered").GetInt32(), gp.GetProperty("deadLettered").GetInt32(), gp.GetProperty("pending").GetInt32()).Should().Be((1, 2, 0));
        (gp.GetProperty("attempts").GetInt32(), gp.GetProperty("failedAttempts").GetInt32()).Should().Be((3, 2), "4xx answers are not retried");
        gp.GetProperty("successRate").GetDouble().Should().BeApproximately(1.0 / 3, 1e-9);
        gp.GetProperty("latencyP95Ms").GetDouble().Should().BeGreaterThanOrEqualTo(gp.GetProperty("latencyP50Ms").GetDouble()).And.BeGreaterThan(0);
        destinations.GetProperty("items").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "shcr")
            .TryGetProperty("successRate", out _).Should().BeFalse("a destination without attempts has no success rate");
        destinations.GetProperty("queues").EnumerateArray().Select(q => q.GetProperty("queue").GetString()).Should().Contain(["deliver", "deliver-poison"]);

        var stats = await GetAsync(client, "api/stats?bucket=minute");
        var series = stats.GetProperty("series").EnumerateArray().ToList();
        stats.GetProperty("bucket").GetString().Should().Be("minute");
        series.Should().HaveCountGreaterThanOrEqualTo(1440, "every minute of the last 24 hours is present, empty ones too");
        (series.Sum(b => b.GetProperty("received").GetInt32()), series.Sum(b => b.GetProperty("deadLettered").GetInt32()), series.Sum(b => b.GetProperty("rejected").GetInt32()))
            .Should().Be((3, 2, 0));
        series.Sum(b => b.GetProperty("delivered").GetInt32()).Should().BeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task ReasonFilter_BulkReplayAndMessageList_OnlyDeadLettersWithThatReason()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var mailbox = await LoopbackReceiver.StartAsync();
        await using var host = EngineHost.Start(receiver, mailbox);
        receiver.Enqueue(ScriptedResponse.WithStatus(422), ScriptedResponse.WithStatus(400));
        var refused = await SendAsync(host, "dead-lettered");
        await SendAsync(host, "dead-lettered");
        using var client = host.ClientFor(EngineHost.Operator);

        using var response = await client.PostAsJsonAsync(new Uri("api/dead-letters/replay", UriKind.Relative), new { dryRun = true, reason = "DLV-HTTP-422" });

        var plans = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        plans.EnumerateArray().Select(p => p.GetProperty("messageId").GetString()).Should().Equal(refused);
        receiver.Requests.Should().HaveCount(2, "a dry run sends nothing");
        var listed = await GetAsync(client, "api/messages?reason=DLV-HTTP-422");
        listed.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("id").GetString()).Should().Equal(refused);
    }

    private static async Task<string> SendAsync(EngineHost host, string status)
    {
        using var posted = await host.PostAsync(EngineHost.Pharmacy, "fhir/STU3/$process-message", Fixtures.NewUpdateRecord(), Xml);
        var id = posted.Headers.Location!.OriginalString.Split('/')[^1];
        await host.WaitForStatusAsync(id, status);
        return id;
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
