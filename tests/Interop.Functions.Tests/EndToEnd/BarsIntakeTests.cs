using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Interop.Engine.Local;
using Interop.Testing;

namespace Interop.Functions.Tests.EndToEnd;

/// <summary>A BaRS referral at the door: its headers checked and mirrored, refusals answered with BaRS error codes, delivery to the addressed service.</summary>
public sealed class BarsIntakeTests
{
    private const string Gp = "demo-gp";
    private const string ServiceId = "2000072489";
    private const string ProcessMessage = "fhir/R4/$process-message";
    private const string Json = "application/fhir+json";

    [Fact]
    public async Task ProcessMessage_BarsReferralWithItsHeaders_AcceptedMirroredAndDeliveredToTheService()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = StartHost(receiver);
        var requestId = Guid.NewGuid().ToString();
        var correlationId = Guid.NewGuid().ToString();

        using var response = await PostAsync(host, NewReferral(), requestId, correlationId, Target("https://fhir.nhs.uk/Id/dos-service-id", ServiceId));

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        response.Headers.GetValues("X-Request-Id").Should().Equal(requestId);
        response.Headers.GetValues("X-Correlation-Id").Should().Equal(correlationId);
        await host.WaitForStatusAsync(response.Headers.Location!.OriginalString.Split('/')[^1], "delivered");
        var delivered = receiver.Requests.Should().ContainSingle(r => r.Path.EndsWith($"pharmacy/{ServiceId}", StringComparison.Ordinal)).Which;
        delivered.Header("NHSD-Target-Identifier").Should().Be(Target("https://fhir.nhs.uk/Id/dos-service-id", ServiceId));
    }

    [Fact]
    public async Task ProcessMessage_RealBarsExampleRefReq03_RoutedByItsDosServiceIdAndDelivered()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = StartHost(receiver, settings =>
        {
            // The example is sent by RND to service 111111111, with the test NHS number 3478526985 (it fails Modulus 11)
            // and NHS England's and UK Core's extensions, which no package loaded here defines.
            settings[$"Interop:Security:Clients:{Gp}:SenderOds:1"] = "RND";
            settings["Interop:Destinations:3:OdsCodes:1"] = "111111111";
            settings["Interop:Validation:NhsNumberSeverity"] = "Warning";
            settings["Interop:Validation:AllowedExtensionDomains:0"] = "https://fhir.nhs.uk/StructureDefinition/";
            settings["Interop:Validation:AllowedExtensionDomains:1"] = "https://fhir.hl7.org.uk/StructureDefinition/";
        });
        var example = File.ReadAllBytes(SharedFiles.Path("nhs", "bars-r4", "examples-xml", "REFREQ03 - Referral Service Request New Full - Primary Care to Community Pharmacy - Minor Illness.xml"));

        using var response = await PostAsync(host, example, Guid.NewGuid().ToString(), Guid.NewGuid().ToString(), Target("https://fhir.nhs.uk/Id/dos-service-id", "111111111"), "application/fhir+xml");

        response.StatusCode.Should().Be(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var message = await host.WaitForStatusAsync(response.Headers.Location!.OriginalString.Split('/')[^1], "delivered");
        message.GetProperty("messageHeaderId").GetString().Should().Be("9ae77bb4-db12-42f3-a90c-733fe232f26c", "a BaRS message is known by its Bundle id");
        receiver.Requests.Should().ContainSingle(r => r.Path.EndsWith($"pharmacy/{ServiceId}", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, "c1ab3fba-6bae-4ba4-b257-5a87c44d4a91", "eyJ2YWx1ZSI6IjIwMDAwNzI0ODkiLCJzeXN0ZW0iOiJodHRwczovL2ZoaXIubmhzLnVrL0lkL2Rvcy1zZXJ2aWNlLWlkIn0=", 400, "RCV427", "REC_BAD_REQUEST")]
    [InlineData("not-a-uuid", "c1ab3fba-6bae-4ba4-b257-5a87c44d4a91", null, 400, "RCV427", "REC_BAD_REQUEST")]
    [InlineData("5a7e0f41-3b1c-4f7d-9c2e-1d3a5b7c9e0f", "c1ab3fba-6bae-4ba4-b257-5a87c44d4a91", "not base64 json", 400, "RCV427", "REC_BAD_REQUEST")]
    [InlineData("5a7e0f41-3b1c-4f7d-9c2e-1d3a5b7c9e0f", "c1ab3fba-6bae-4ba4-b257-5a87c44d4a91", "eyJ2YWx1ZSI6IjExMTExMTExMSIsInN5c3RlbSI6Imh0dHBzOi8vZmhpci5uaHMudWsvSWQvZG9zLXNlcnZpY2UtaWQifQ==", 422, "RCV428", "REC_UNPROCESSABLE_ENTITY")]
    public async Task ProcessMessage_BarsHeadersMissingMalformedOrForAnotherService_RefusedWithBarsCode(
        string? requestId, string correlationId, string? target, int status, string engineCode, string barsCode)
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = StartHost(receiver);

        using var response = await PostAsync(host, NewReferral(), requestId, correlationId, target);

        ((int)response.StatusCode).Should().Be(status);
        var outcome = await response.Content.ReadAsStringAsync();
        outcome.Should().Contain(engineCode).And.Contain($"\"{barsCode}\"").And.Contain("https://fhir.nhs.uk/CodeSystem/http-error-codes");
        outcome.Should().NotContain("\"20006\"", "BaRS senders get BaRS codes, not ITK ones");
        receiver.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task ProcessMessage_SameBarsReferralTwice_SecondIsRecConflict()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = StartHost(receiver);
        var referral = NewReferral();
        var target = Target("https://fhir.nhs.uk/Id/dos-service-id", ServiceId);

        using var first = await PostAsync(host, referral, Guid.NewGuid().ToString(), Guid.NewGuid().ToString(), target);
        using var second = await PostAsync(host, referral, Guid.NewGuid().ToString(), Guid.NewGuid().ToString(), target);

        first.StatusCode.Should().Be(HttpStatusCode.Accepted);
        second.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await second.Content.ReadAsStringAsync()).Should().Contain("\"REC_CONFLICT\"");
    }

    private static EngineHost StartHost(LoopbackReceiver receiver, Action<Dictionary<string, string?>>? adjust = null) => EngineHost.Start(receiver, adjust: settings =>
    {
        var routes = Path.Combine(Path.GetDirectoryName(settings["Interop:Routing:File"])!, "bars-routes.yaml");
        File.WriteAllText(routes, """
            routes:
              - name: bars-referral-to-addressed-service
                match: { events: [servicerequest-request] }
                to: [recipient]
            """);
        settings["Interop:Routing:File"] = routes;
        settings[$"Interop:Security:Clients:{Gp}:Role"] = "sender";
        settings[$"Interop:Security:Clients:{Gp}:SenderOds:0"] = "A81001";
        settings[$"Interop:Security:Clients:{Gp}:Events:0"] = "servicerequest-request";
        const string prefix = "Interop:Destinations:3:";
        settings[prefix + "Id"] = "pharmacy-service";
        settings[prefix + "Kind"] = "pharmacy-system";
        settings[prefix + "FhirVersion"] = "R4";
        settings[prefix + "Format"] = "json";
        settings[prefix + "OdsCodes:0"] = ServiceId;
        settings[prefix + "Url"] = new Uri(receiver.Url, $"pharmacy/{ServiceId}").AbsoluteUri;
        adjust?.Invoke(settings);
    });

    private static async Task<HttpResponseMessage> PostAsync(EngineHost host, byte[] body, string? requestId, string correlationId, string? target, string contentType = Json)
    {
        using var http = host.ClientFor(Gp);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(ProcessMessage, UriKind.Relative)) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (requestId is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Request-Id", requestId);
        }

        request.Headers.TryAddWithoutValidation("X-Correlation-Id", correlationId);
        if (target is not null)
        {
            request.Headers.TryAddWithoutValidation("NHSD-Target-Identifier", target);
        }

        return await http.SendAsync(request);
    }

    private static string Target(string system, string value) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{{\"value\":\"{value}\",\"system\":\"{system}\"}}"));

    // The sample referral with a fresh header id and Bundle identifier, so it is a new message.
    private static byte[] NewReferral()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot.Find()!, "fixtures", "messages", "bars", "referral-2000072489.json"))
            .Replace("0a6c4b2e-8f3d-4e1a-b5c7-9d2e1f0a3b41", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("5f1c6f1e-2c1a-4f0e-9d3b-8a2b1c0d9e01", Guid.NewGuid().ToString(), StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(text);
    }
}
