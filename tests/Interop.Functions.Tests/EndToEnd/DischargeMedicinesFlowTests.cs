using System.Net;
using System.Text.Json.Nodes;
using Interop.Engine.Local;
using Interop.Fhir;
using Interop.Fhir.Navigation;
using Interop.Fhir.Serialization.Json;
using Interop.Testing;

namespace Interop.Functions.Tests.EndToEnd;

/// <summary>The Discharge Medicines Service through the whole engine: an eDischarge becomes a BaRS referral to the nominated pharmacy and a copy for the GP.</summary>
public sealed class DischargeMedicinesFlowTests
{
    private const string Json = "application/fhir+json";
    private const string NhsNumber = "9449306753";
    private const string NoPharmacyNhsNumber = "9476719931";

    [Fact]
    public async Task ProcessMessage_R4Discharge_ReferredToTheNominatedPharmacyWithACopyForTheGp()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = StartHost(receiver);

        using var response = await host.PostAsync(EngineHost.Trust, "fhir/R4/$process-message", DischargeMessage(NhsNumber), Json);

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var message = await host.WaitForStatusAsync(Id(response), "delivered");
        message.GetProperty("deliveries").EnumerateArray().Select(d => (d.GetProperty("destination").GetString(), d.GetProperty("mapping").GetString()))
            .Should().BeEquivalentTo([("pharmacy-fqw30", "discharge-medicines"), ("gp-a81001", "discharge-medicines")]);
        var referral = Received(receiver, "/pharmacy/FQW30");
        var copy = Received(receiver, "/gp/A81001");
        foreach (var bundle in new[] { referral, copy })
        {
            var header = bundle.Child("entry").Child("resource");
            header.Child("event").Text("code").Should().Be("servicerequest-request");
            Resources(bundle, "ServiceRequest").Should().ContainSingle();
            Resources(bundle, "MedicationStatement").Should().HaveCount(5, "four statements and a request, each as a MedicationStatement");
        }

        referral.Child("entry").Child("resource").Child("destination").Text("endpoint").Should().Be("http://fhir.nhs.uk/Id/dos-service-id|2000071234");
        copy.Child("entry").Child("resource").Child("destination").Text("endpoint").Should().Be("https://fhir.nhs.uk/Id/ods-organization-code|A81001");
    }

    [Fact]
    public async Task ProcessMessage_PatientWithoutANominatedPharmacy_RejectedAsARoutingFailureAndNothingSent()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = StartHost(receiver);

        using var response = await host.PostAsync(EngineHost.Trust, "fhir/R4/$process-message", DischargeMessage(NoPharmacyNhsNumber), Json);

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var message = await host.WaitForStatusAsync(Id(response), "rejected");
        message.GetProperty("timeline").EnumerateArray().Should().Contain(t => t.GetProperty("step").GetString() == "route" && t.GetProperty("code").GetString() == "RTE005");
        receiver.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task ReplayDryRun_DischargeMessage_ShowsTheReferralEachDestinationWouldGet()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = StartHost(receiver);
        using var response = await host.PostAsync(EngineHost.Trust, "fhir/R4/$process-message", DischargeMessage(NhsNumber), Json);
        var id = Id(response);
        await host.WaitForStatusAsync(id, "delivered");
        var delivered = Received(receiver, "/pharmacy/FQW30");
        using var http = host.ClientFor(EngineHost.Operator);

        using var dryRun = await http.PostAsync(new Uri($"api/messages/{id}/replay?dryRun=true", UriKind.Relative), null);

        var plan = JsonNode.Parse(await dryRun.Content.ReadAsStringAsync())!;
        var pharmacy = plan["destinations"]!.AsArray().Single(d => (string?)d!["destinationId"] == "pharmacy-fqw30")!;
        ((string?)pharmacy["mapping"]).Should().Be("discharge-medicines");
        var previewed = new FhirJsonParser(Interop.Fhir.R4.FhirModel.Instance).Parse(System.Text.Encoding.UTF8.GetBytes((string)pharmacy["output"]!["body"]!)).Resource!;
        Resources(previewed, "ServiceRequest").Single().Text("id").Should().Be(Resources(delivered, "ServiceRequest").Single().Text("id"), "the dry run builds what the delivery sent");
    }

    private static EngineHost StartHost(LoopbackReceiver receiver) => EngineHost.Start(receiver, adjust: settings =>
    {
        var routes = Path.Combine(Path.GetDirectoryName(settings["Interop:Routing:File"])!, "dms-routes.yaml");
        File.WriteAllText(routes, """
            routes:
              - name: discharge-medicines-referral
                match: { events: [ITK003D] }
                to: [nominated-pharmacy, registered-gp]
                map: discharge-medicines
            """);
        settings["Interop:Routing:File"] = routes;
        // This document deliberately carries what the mapping tolerates but UK Core does not (a CareConnect change code,
        // the change summary on a MedicationRequest); validation has its own flow tests.
        settings["Interop:Validation:Enabled"] = "false";
        settings[$"Interop:Security:Clients:{EngineHost.Trust}:Events:1"] = "ITK003D";
        settings["Interop:Simulators:Patients:2:NhsNumber"] = NhsNumber;
        settings["Interop:Simulators:Patients:2:GpPracticeOds"] = "A81001";
        settings["Interop:Simulators:Patients:2:NominatedPharmacyOds"] = "FQW30";
        settings["Interop:Destinations:0:FhirVersion"] = "R4";
        settings["Interop:Destinations:0:Format"] = "json";
        EngineHost.AddDestination(settings, 3, "pharmacy-fqw30", "pharmacy-system", "FQW30", "R4", "json", new Uri(receiver.Url, "pharmacy/FQW30"));
        settings["Interop:Destinations:3:OdsCodes:1"] = "2000071234";
    });

    /// <summary>The project's UK Core discharge document for <paramref name="nhsNumber"/>, sent by trust RBT as an R4 ITK003D message.</summary>
    private static byte[] DischargeMessage(string nhsNumber)
    {
        var root = RepositoryRoot.Find()!;
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "fixtures", "flows", "discharge-medicines", "four-change-statuses", "discharge-document.json"))
            .Replace(NhsNumber, nhsNumber, StringComparison.Ordinal))!;
        var message = new JsonObject
        {
            ["resourceType"] = "Bundle",
            ["identifier"] = new JsonObject { ["system"] = "https://tools.ietf.org/html/rfc4122", ["value"] = Guid.NewGuid().ToString() },
            ["type"] = "message",
            ["timestamp"] = "2026-11-20T12:00:00+00:00",
            ["entry"] = new JsonArray(
                new JsonObject
                {
                    ["fullUrl"] = "urn:uuid:5f0c6e1a-2b3c-4d5e-8f90-a1b2c3d4e5f6",
                    ["resource"] = new JsonObject
                    {
                        ["resourceType"] = "MessageHeader",
                        ["id"] = Guid.NewGuid().ToString(),
                        ["eventCoding"] = new JsonObject { ["system"] = "https://fhir.nhs.uk/STU3/CodeSystem/ITK-MessageEvent-2", ["code"] = "ITK003D" },
                        ["sender"] = new JsonObject { ["identifier"] = new JsonObject { ["system"] = "https://fhir.nhs.uk/Id/ods-organization-code", ["value"] = "RBT" } },
                        ["source"] = new JsonObject { ["endpoint"] = "https://rbt.example.nhs.uk/discharge" },
                        ["focus"] = new JsonArray(new JsonObject { ["reference"] = "urn:uuid:6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d" }),
                    },
                },
                new JsonObject { ["fullUrl"] = "urn:uuid:6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d", ["resource"] = document }),
        };
        return System.Text.Encoding.UTF8.GetBytes(message.ToJsonString());
    }

    private static string Id(HttpResponseMessage response) => response.Headers.Location!.OriginalString.Split('/')[^1];

    private static Base Received(LoopbackReceiver receiver, string path)
    {
        var request = receiver.Requests.Where(r => r.Path == path).Should().ContainSingle().Subject;
        request.Headers["Content-Type"].Should().StartWith(Json);
        var parsed = new FhirJsonParser(Interop.Fhir.R4.FhirModel.Instance).Parse(request.Body);
        parsed.HasErrors.Should().BeFalse();
        return parsed.Resource!;
    }

    private static IEnumerable<Base> Resources(Base bundle, string type) =>
        bundle.Children("entry").Select(e => e.Child("resource")).Where(r => r?.TypeName() == type).Cast<Base>();
}
