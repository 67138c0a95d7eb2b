using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Interop.Engine.Local;
using Interop.Fhir;
using Interop.Fhir.Navigation;
using Interop.Fhir.Serialization.Json;
using Interop.Fhir.Serialization.Xml;
using Interop.Functions.Tests.EndToEnd.FlowCases;
using Interop.Testing;

namespace Interop.Functions.Tests.EndToEnd;

/// <summary>
/// The Discharge Medicines Service through the whole engine with the sample routes, on the project's eDischarge fixtures
/// (<c>fixtures/flows/discharge-medicines/edischarge-*</c>): a BaRS referral to the nominated pharmacy, the GP's copy or
/// the eDischarge itself, the Shared Care Record, and the trust's acknowledgements.
/// </summary>
public sealed class DischargeMedicinesFlowTests
{
    private const string JsonType = "application/fhir+json";
    private const string XmlType = "application/fhir+xml";
    private const string NoPharmacyNhsNumber = "9476719931";

    [Fact]
    public async Task ProcessMessage_Stu3EDischarge_ReferralToThePharmacyTheEDischargeToTheStu3GpAndAcks()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = SampleEngine.Start(receiver);
        var input = File.ReadAllBytes(CaseFile("edischarge-stu3", "input.xml"));

        using var response = await host.PostAsync(EngineHost.Trust, "fhir/STU3/$process-message", input, XmlType);

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var message = await host.WaitForStatusAsync(Id(response), "delivered");
        Deliveries(message).Should().BeEquivalentTo([("gp-a81001", "discharge-medicines"), ("shcr-sandbox", null), ("pharmacy-fqw30", "discharge-medicines")]);
        var referral = ReceivedJson(receiver, "/pharmacy/FQW30");
        ResourceIds(referral).Should().BeEquivalentTo(ResourceIds(Golden("edischarge-stu3", "expected-pharmacy-referral.json")), "the engine builds the referral the mapping's golden file holds");
        Header(referral).Child("destination").Text("endpoint").Should().Be("http://fhir.nhs.uk/Id/dos-service-id|2000072489", "the pharmacy's DoS service id comes from its directory entry");
        Header(referral).Child("event").Text("code").Should().Be("servicerequest-request");
        receiver.Requests.Single(r => r.Path == "/gp/A81001").Body.Should().Equal(input, "an STU3 GP system cannot take the R4 referral, so it gets the eDischarge as sent");
        ReceivedJson(receiver, "/shcr").Text("type").Should().Be("transaction");
        var acks = receiver.Requests.Where(r => r.Path == "/mailbox/RBT").Select(r => new FhirXmlParser(Interop.Fhir.Stu3.FhirModel.Instance).Parse(r.Body).Resource!).ToList();
        acks.Should().HaveCount(2, "the trust asked for both acknowledgements");
        acks.Select(a => Header(a).Child("response").Text("code")).Should().AllBe("ok");
    }

    [Fact]
    public async Task ProcessMessage_R4DischargeWithAnR4Gp_ReferralToThePharmacyAndItsCopyToTheGp()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = SampleEngine.Start(receiver, settings =>
        {
            settings["Interop:Destinations:0:FhirVersion"] = "R4";
            settings["Interop:Destinations:0:Format"] = "json";
        });

        using var response = await host.PostAsync(EngineHost.Trust, "fhir/R4/$process-message", File.ReadAllBytes(CaseFile("edischarge-r4", "input.json")), JsonType);

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        await host.WaitForStatusAsync(Id(response), "delivered");
        ResourceIds(ReceivedJson(receiver, "/pharmacy/FQW30")).Should().BeEquivalentTo(ResourceIds(Golden("edischarge-r4", "expected-pharmacy-referral.json")));
        var copy = ReceivedJson(receiver, "/gp/A81001");
        ResourceIds(copy).Should().BeEquivalentTo(ResourceIds(Golden("edischarge-r4", "expected-gp-copy.json")));
        Header(copy).Child("destination").Text("endpoint").Should().Be("https://fhir.nhs.uk/Id/ods-organization-code|A81001", "a practice without a DoS service id is addressed by ODS code");
    }

    [Fact]
    public async Task ProcessMessage_PatientWithoutANominatedPharmacy_RejectedAsARoutingFailureWithANegativeAck()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = SampleEngine.Start(receiver);
        var input = Encoding.UTF8.GetBytes(File.ReadAllText(CaseFile("edischarge-stu3", "input.xml")).Replace("9449305552", NoPharmacyNhsNumber, StringComparison.Ordinal));

        using var response = await host.PostAsync(EngineHost.Trust, "fhir/STU3/$process-message", input, XmlType);

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var message = await host.WaitForStatusAsync(Id(response), "rejected");
        message.GetProperty("timeline").EnumerateArray().Should().Contain(t => t.GetProperty("step").GetString() == "route" && t.GetProperty("code").GetString() == "RTE005");
        await receiver.WaitForRequestsAsync(1);
        var ack = receiver.Requests.Should().ContainSingle("nothing is delivered; only the trust hears why").Subject;
        ack.Path.Should().Be("/mailbox/RBT");
        Encoding.UTF8.GetString(ack.Body).Should().Contain("20001").And.Contain("fatal-error");
    }

    [Fact]
    public async Task ReplayDryRun_DischargeMessage_ShowsTheReferralTheDeliverySent()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = SampleEngine.Start(receiver);
        using var response = await host.PostAsync(EngineHost.Trust, "fhir/STU3/$process-message", File.ReadAllBytes(CaseFile("edischarge-stu3", "input.xml")), XmlType);
        var id = Id(response);
        await host.WaitForStatusAsync(id, "delivered");
        var delivered = ReceivedJson(receiver, "/pharmacy/FQW30");
        using var http = host.ClientFor(EngineHost.Operator);

        // Revealed: a masked body has the patient's dates masked, which FHIR cannot parse.
        using var dryRun = await http.PostAsync(new Uri($"api/messages/{id}/replay?dryRun=true&reveal=true", UriKind.Relative), null);

        var plan = JsonNode.Parse(await dryRun.Content.ReadAsStringAsync())!;
        var pharmacy = plan["destinations"]!.AsArray().Single(d => (string?)d!["destinationId"] == "pharmacy-fqw30")!;
        ((string?)pharmacy["mapping"]).Should().Be("discharge-medicines");
        ((string?)pharmacy["output"]!["contentType"]).Should().StartWith(JsonType);
        var previewed = Parse(Encoding.UTF8.GetBytes((string)pharmacy["output"]!["body"]!));
        ResourceIds(previewed).Should().BeEquivalentTo(ResourceIds(delivered), "the dry run builds what the delivery sent");
        receiver.Requests.Where(r => r.Path == "/pharmacy/FQW30").Should().ContainSingle("a dry run sends nothing");
    }

    private static string CaseFile(string folder, string name) =>
        Path.Combine(RepositoryRoot.Find()!, "fixtures", "flows", "discharge-medicines", folder, name);

    private static Base Golden(string folder, string name) => Parse(File.ReadAllBytes(CaseFile(folder, name)));

    private static string Id(HttpResponseMessage response) => response.Headers.Location!.OriginalString.Split('/')[^1];

    private static IEnumerable<(string?, string?)> Deliveries(System.Text.Json.JsonElement message) =>
        message.GetProperty("deliveries").EnumerateArray()
            .Select(d => (d.GetProperty("destination").GetString(), d.TryGetProperty("mapping", out var m) ? m.GetString() : null));

    private static Base ReceivedJson(LoopbackReceiver receiver, string path)
    {
        var request = receiver.Requests.Where(r => r.Path == path).Should().ContainSingle().Subject;
        request.Headers["Content-Type"].Should().StartWith(JsonType);
        return Parse(request.Body);
    }

    private static Base Parse(byte[] json)
    {
        var parsed = new FhirJsonParser(Interop.Fhir.R4.FhirModel.Instance).Parse(json);
        parsed.HasErrors.Should().BeFalse();
        return parsed.Resource!;
    }

    private static Base Header(Base bundle) => bundle.Child("entry")!.Child("resource")!;

    private static IEnumerable<string> ResourceIds(Base bundle) =>
        bundle.Children("entry").Select(e => $"{e.Child("resource")!.TypeName()}/{e.Child("resource")!.Text("id")}").Where(id => !id.StartsWith("MessageHeader/", StringComparison.Ordinal));
}
