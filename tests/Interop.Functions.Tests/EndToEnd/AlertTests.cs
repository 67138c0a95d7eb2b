using System.Net;
using System.Text.Json;
using Interop.Testing;

namespace Interop.Functions.Tests.EndToEnd;

/// <summary>Alert rules against a real webhook receiver on loopback while a destination goes down and comes back.</summary>
public sealed class AlertTests
{
    private const string Xml = "application/fhir+xml";
    private const string ProcessMessage = "fhir/STU3/$process-message";

    [Fact]
    public async Task Alerts_DestinationDownThenBack_BreakerAndDeadLetterAlertsFireOnceAndResolveOnce()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        receiver.DefaultResponse = ScriptedResponse.WithStatus(503);
        await using var mailbox = await LoopbackReceiver.StartAsync();
        await using var webhook = await LoopbackReceiver.StartAsync();
        await using var host = EngineHost.Start(receiver, mailbox, s =>
        {
            // Transient failures dead-letter at once, so a destination that is down makes dead letters within the test.
            s["Interop:Pipeline:MaxDeliveryAge"] = "00:00:00";
            s["Interop:Alerts:Webhook"] = new Uri(webhook.Url, "hooks/interop").AbsoluteUri;
            s["Interop:Alerts:EvaluateEvery"] = "00:00:00.100";
            s["Interop:Alerts:Rules:0:Name"] = "gp-down";
            s["Interop:Alerts:Rules:0:Kind"] = "breaker-open";
            s["Interop:Alerts:Rules:0:Destination"] = "gp-a81001";
            s["Interop:Alerts:Rules:0:For"] = "00:00:01";
            s["Interop:Alerts:Rules:1:Name"] = "dead-letters";
            s["Interop:Alerts:Rules:1:Kind"] = "dead-letters";
            s["Interop:Alerts:Rules:1:Threshold"] = "0";
            s["Interop:Alerts:Rules:1:Window"] = "00:00:10";
        });

        // Three failed attempts dead-letter the first message; the second's first attempt opens the breaker, which keeps it waiting.
        await host.WaitForStatusAsync(await SendAsync(host), "dead-lettered");
        var waiting = await SendAsync(host);
        await webhook.WaitForRequestsAsync(2).WaitAsync(TimeSpan.FromSeconds(20));
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var whileDown = Bodies(webhook);
        var activeWhileDown = await AlertsAsync(host);
        receiver.DefaultResponse = ScriptedResponse.Ok;
        await host.WaitForStatusAsync(waiting, "delivered");
        await webhook.WaitForRequestsAsync(4).WaitAsync(TimeSpan.FromSeconds(20));
        await Task.Delay(TimeSpan.FromSeconds(0.5));
        var all = Bodies(webhook);
        var afterwards = await AlertsAsync(host);

        whileDown.Select(b => (Text(b, "status"), Text(b, "rule"), Text(b, "kind"))).Should().BeEquivalentTo(
            [("firing", "gp-down", "breaker-open"), ("firing", "dead-letters", "dead-letters")], "each alert fires once while the destination stays down");
        activeWhileDown.GetProperty("active").EnumerateArray().Select(a => Text(a, "rule")).Should().BeEquivalentTo("gp-down", "dead-letters");
        all.Should().HaveCount(4, "one recovery each, and nothing more");
        foreach (var rule in new[] { "gp-down", "dead-letters" })
        {
            var incident = all.Where(b => Text(b, "rule") == rule).ToList();
            incident.Select(b => Text(b, "status")).Should().Equal("firing", "resolved");
            incident.Select(b => Text(b, "id")).Distinct().Should().ContainSingle("the recovery names the incident it ends");
            incident[0].TryGetProperty("resolvedAt", out _).Should().BeFalse();
            incident[1].GetProperty("resolvedAt").GetDateTimeOffset().Should().BeAfter(incident[1].GetProperty("since").GetDateTimeOffset());
        }

        var breaker = all.First(b => Text(b, "rule") == "gp-down");
        breaker.GetProperty("threshold").GetDouble().Should().Be(1);
        breaker.GetProperty("value").GetDouble().Should().BeGreaterThan(1);
        Text(breaker, "summary").Should().Contain("gp-a81001");
        all.First(b => Text(b, "rule") == "dead-letters").GetProperty("value").GetDouble().Should().Be(1);
        webhook.Requests.Should().OnlyContain(r => r.Method == "POST" && r.Path == "/hooks/interop" && r.Header("Content-Type")!.StartsWith("application/json", StringComparison.Ordinal));
        afterwards.GetProperty("active").GetArrayLength().Should().Be(0);
        afterwards.GetProperty("recent").EnumerateArray().Select(a => Text(a, "id")).Should().BeEquivalentTo(all.Select(b => Text(b, "id")).Distinct());
    }

    [Fact]
    public async Task GetAlerts_NoRules_NothingActiveOrRecent()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = EngineHost.Start(receiver);

        var alerts = await AlertsAsync(host);

        alerts.GetProperty("active").GetArrayLength().Should().Be(0);
        alerts.GetProperty("recent").GetArrayLength().Should().Be(0);
    }

    private static async Task<string> SendAsync(EngineHost host)
    {
        using var response = await host.PostAsync(EngineHost.Pharmacy, ProcessMessage, Fixtures.NewUpdateRecord(), Xml);
        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        return response.Headers.Location!.OriginalString.Split('/')[^1];
    }

    private static async Task<JsonElement> AlertsAsync(EngineHost host)
    {
        using var http = host.ClientFor(EngineHost.Operator);
        using var response = await http.GetAsync(new Uri("api/alerts", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
    }

    private static List<JsonElement> Bodies(LoopbackReceiver webhook) =>
        [.. webhook.Requests.Select(r => JsonSerializer.Deserialize<JsonElement>(r.Body))];

    private static string? Text(JsonElement element, string name) => element.GetProperty(name).GetString();
}
