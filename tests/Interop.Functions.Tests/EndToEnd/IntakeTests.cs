using System.Net;
using System.Text;
using Interop.Testing;

namespace Interop.Functions.Tests.EndToEnd;

/// <summary>What the receive function answers at the door: refusals with their status, engine code and ITK code, and who may do what.</summary>
public sealed class IntakeTests
{
    private const string Xml = "application/fhir+xml";
    private const string ProcessMessage = "fhir/STU3/$process-message";

    [Theory]
    [InlineData("<Bundle xmlns=\"http://hl7.org/fhir\"><type value=\"message\"", Xml, 400, "RCV400", "20006")]
    [InlineData("<Patient xmlns=\"http://hl7.org/fhir\"><id value=\"p\"/></Patient>", Xml, 422, "RCV423", "20006")]
    [InlineData("<Bundle xmlns=\"http://hl7.org/fhir\"><type value=\"message\"/><entry><resource><Patient xmlns=\"http://hl7.org/fhir\"><id value=\"p\"/></Patient></resource></entry></Bundle>", Xml, 422, "RCV424", "20006")]
    [InlineData("{\"resourceType\":\"Bundle\"}", "text/plain", 415, "RCV415", "20006")]
    public async Task ProcessMessage_BadInput_RefusedWithStatusEngineCodeAndItkCode(string body, string contentType, int status, string code, string itkCode)
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = EngineHost.Start(receiver);

        using var response = await host.PostAsync(EngineHost.Pharmacy, ProcessMessage, Encoding.UTF8.GetBytes(body), contentType);

        ((int)response.StatusCode).Should().Be(status);
        var outcome = await response.Content.ReadAsStringAsync();
        outcome.Should().Contain("OperationOutcome").And.Contain(code).And.Contain($"\"{itkCode}\"");
        receiver.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task ProcessMessage_InvalidValue_Refused422With20009AndTheParseIssueLocation()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = EngineHost.Start(receiver);
        var body = Encoding.UTF8.GetBytes(Fixtures.UpdateRecordXml.Replace("<birthDate value=\"1980-01-01\"/>", "<birthDate value=\"1980-13-01\"/>", StringComparison.Ordinal));

        using var response = await host.PostAsync(EngineHost.Pharmacy, ProcessMessage, body, Xml);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var outcome = await response.Content.ReadAsStringAsync();
        outcome.Should().Contain("RCV422").And.Contain("\"20009\"").And.Contain("birthDate");
        outcome.Should().NotContain("1980-13-01", "responses never quote message content");
    }

    [Fact]
    public async Task ProcessMessage_ClientSendsForAnotherOrganisation_Refused403With20012AndRecorded()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = EngineHost.Start(receiver);
        var body = Encoding.UTF8.GetBytes(Fixtures.UpdateRecordXml.Replace("<value value=\"FQW30\"/>", "<value value=\"FAA01\"/>", StringComparison.Ordinal));

        using var response = await host.PostAsync(EngineHost.Pharmacy, ProcessMessage, body, Xml);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).Should().Contain("RCV403").And.Contain("\"20012\"");
        using var operatorClient = host.ClientFor(EngineHost.Operator);
        (await operatorClient.GetStringAsync(new Uri("api/messages?status=rejected", UriKind.Relative))).Should().Contain("FAA01");
    }

    [Fact]
    public async Task Endpoints_WrongRoleOrNoToken_401Or403()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = EngineHost.Start(receiver);
        var body = Fixtures.NewUpdateRecord();

        using var anonymous = await host.PostAsync(null!, ProcessMessage, body, Xml);
        using var asOperator = await host.PostAsync(EngineHost.Operator, ProcessMessage, body, Xml);
        using var senderClient = host.ClientFor(EngineHost.Pharmacy);
        using var senderOnApi = await senderClient.GetAsync(new Uri("api/messages", UriKind.Relative));

        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        asOperator.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        senderOnApi.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ProcessMessage_MoreEntriesThanAllowed_Refused413With20015()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = EngineHost.Start(receiver, adjust: s => s["Interop:Receive:MaxBundleEntries"] = "3");

        using var response = await host.PostAsync(EngineHost.Pharmacy, ProcessMessage, Fixtures.NewUpdateRecord(), Xml);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync()).Should().Contain("RCV413").And.Contain("\"20015\"");
    }

    [Fact]
    public async Task ProcessMessage_BodyOverTheSizeLimit_Refused413BeforeItIsRead()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = EngineHost.Start(receiver, adjust: s => s["Interop:Limits:MaxBodyBytes"] = "1024");

        using var response = await host.PostAsync(EngineHost.Pharmacy, ProcessMessage, Fixtures.NewUpdateRecord(), Xml);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync()).Should().Contain("OperationOutcome");
    }

    [Fact]
    public async Task Transaction_R4Bundle_AcceptedAndDeliveredToTheSharedCareRecord()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = EngineHost.Start(receiver);
        var body = Encoding.UTF8.GetBytes("""
            {"resourceType":"Bundle","id":"t1","type":"transaction","entry":[{"fullUrl":"urn:uuid:6c1f7d2e-0b6a-4b8e-9d1e-2f3a4b5c6d7e",
             "resource":{"resourceType":"Patient","identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"9449305552"}]},
             "request":{"method":"PUT","url":"Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|9449305552"}}]}
            """);

        using var response = await host.PostAsync(EngineHost.Trust, "fhir/R4", body, "application/fhir+json");

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var message = await host.WaitForStatusAsync(response.Headers.Location!.OriginalString.Split('/')[^1], "delivered");
        message.GetProperty("event").GetString().Should().Be("transaction");
        message.GetProperty("sender").GetString().Should().Be("RBT");
        receiver.Requests.Should().ContainSingle(r => r.Path == "/shcr").Which.Headers["Content-Type"].Should().StartWith("application/fhir+json");
    }

    [Theory]
    [InlineData("api/messages?continuationToken=not-ours", 400)]
    [InlineData("api/messages?status=lost", 400)]
    [InlineData("api/messages?limit=0", 400)]
    [InlineData("api/messages/no-such-message", 404)]
    [InlineData("api/messages?status=dead-lettered&limit=10", 200)]
    public async Task OperatorApi_Queries_AnswerWithTheRightStatus(string path, int status)
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = EngineHost.Start(receiver);
        using var operatorClient = host.ClientFor(EngineHost.Operator);

        using var response = await operatorClient.GetAsync(new Uri(path, UriKind.Relative));

        ((int)response.StatusCode).Should().Be(status);
    }
}
