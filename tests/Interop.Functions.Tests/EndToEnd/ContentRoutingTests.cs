using System.Net;
using Interop.Testing;

namespace Interop.Functions.Tests.EndToEnd;

/// <summary>Routing rules that look inside the message with a FHIRPath condition.</summary>
public sealed class ContentRoutingTests
{
    private const string Xml = "application/fhir+xml";
    private const string ProcessMessage = "fhir/STU3/$process-message";

    [Fact]
    public async Task ProcessMessage_ConditionOnCompositionType_OnlyMatchingRulesRoute()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = EngineHost.Start(receiver, adjust: settings => settings["Interop:Routing:File"] = Routes("""
            routes:
              - name: pharmacy-first-to-gp
                match:
                  events: [ITK014M]
                  where: "Bundle.descendants().ofType(Composition).type.coding.where(system = %sct).code = '1577041000000109'"
                to: [registered-gp]
              - name: blood-pressure-to-shcr
                match:
                  events: [ITK014M]
                  where: "Bundle.descendants().ofType(Composition).type.coding.code = '1000000000'"
                to: ["destination:shcr"]
            """));

        using var response = await host.PostAsync(EngineHost.Pharmacy, ProcessMessage, Fixtures.NewUpdateRecord(), Xml);

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var message = await host.WaitForStatusAsync(response.Headers.Location!.OriginalString.Split('/')[^1], "delivered");
        message.GetProperty("deliveries").EnumerateArray().Select(d => d.GetProperty("destination").GetString()).Should().Equal("gp-a81001");
    }

    [Fact]
    public async Task ProcessMessage_ConditionFailsOnMessage_RejectedWithRte008()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = EngineHost.Start(receiver, adjust: settings => settings["Interop:Routing:File"] = Routes("""
            routes:
              - name: needs-one-entry
                match:
                  where: "Bundle.entry.fullUrl.startsWith('urn:uuid:')"
                to: [registered-gp]
            """));

        using var response = await host.PostAsync(EngineHost.Pharmacy, ProcessMessage, Fixtures.NewUpdateRecord(), Xml);

        var message = await host.WaitForStatusAsync(response.Headers.Location!.OriginalString.Split('/')[^1], "rejected");
        message.GetProperty("timeline").EnumerateArray().Select(e => e.TryGetProperty("code", out var c) ? c.GetString() : null).Should().Contain("RTE008");
    }

    private static string Routes(string yaml)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("interop-content-routes-").FullName, "routes.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }
}
