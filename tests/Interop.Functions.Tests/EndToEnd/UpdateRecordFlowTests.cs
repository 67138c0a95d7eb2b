using System.Net;
using System.Text;
using Interop.Fhir.Navigation;
using Interop.Fhir.Serialization.Xml;
using Interop.Testing;

namespace Interop.Functions.Tests.EndToEnd;

/// <summary>An Update Record message through the whole engine over real HTTP: accepted, routed by patient, delivered, acknowledged.</summary>
public sealed class UpdateRecordFlowTests
{
    private const string Xml = "application/fhir+xml";
    private const string ProcessMessage = "fhir/STU3/$process-message";

    [Fact]
    public async Task ProcessMessage_UpdateRecord_DeliveredToRegisteredGpAndAcknowledgedTwice()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = EngineHost.Start(receiver);
        var body = Encoding.UTF8.GetBytes(Fixtures.UpdateRecordXml);

        using var response = await host.PostAsync(EngineHost.Pharmacy, ProcessMessage, body, Xml);

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var id = response.Headers.Location!.OriginalString.Split('/')[^1];
        var message = await host.WaitForStatusAsync(id, "delivered");
        message.GetProperty("event").GetString().Should().Be("ITK014M");
        await receiver.WaitForRequestsAsync(3);
        var gp = receiver.Requests.Where(r => r.Path == "/gp/A81001").Should().ContainSingle().Subject;
        gp.Headers["X-Request-Id"].Should().Be($"{id}.gp-a81001");
        gp.Headers["Content-Type"].Should().StartWith(Xml);
        Encoding.UTF8.GetString(gp.Body).Should().Contain("ITK014M");
        var acks = receiver.Requests.Where(r => r.Path == "/mailbox/FQW30").Select(r => new FhirXmlParser(Interop.Fhir.Stu3.FhirModel.Instance).Parse(r.Body).Resource!).ToList();
        acks.Should().HaveCount(2);
        acks.Select(a => a.Child("entry").Child("resource").Child("response").Text("identifier")).Should().AllBe(Fixtures.UpdateRecordHeaderId);
        acks.Select(a => a.Child("entry").Child("resource").Child("event").Text("code")).Should().AllBe("ITK008M");
        await host.WaitForEmptyQueuesAsync();
    }

    [Fact]
    public async Task ProcessMessage_UpdateRecordForAnR4GpSystem_DeliveredConvertedToR4InItsFormat()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = EngineHost.Start(receiver, adjust: settings =>
        {
            settings["Interop:Destinations:0:FhirVersion"] = "R4";
            settings["Interop:Destinations:0:Format"] = "json";
        });

        using var response = await host.PostAsync(EngineHost.Pharmacy, ProcessMessage, Fixtures.NewUpdateRecord(), Xml);

        await host.WaitForStatusAsync(response.Headers.Location!.OriginalString.Split('/')[^1], "delivered");
        var gp = receiver.Requests.Where(r => r.Path == "/gp/A81001").Should().ContainSingle().Subject;
        gp.Headers["Content-Type"].Should().StartWith("application/fhir+json");
        var parsed = new Interop.Fhir.Serialization.Json.FhirJsonParser(Interop.Fhir.R4.FhirModel.Instance).Parse(gp.Body);
        parsed.HasErrors.Should().BeFalse();
        var header = parsed.Resource!.Child("entry").Child("resource");
        header.Child("event").Text("code").Should().Be("ITK014M", "R4's eventCoding carries the STU3 event");
        parsed.Resource!.Child("timestamp").Should().NotBeNull("R4 message Bundles need a timestamp");
    }

    [Fact]
    public async Task ProcessMessage_UpdateRecordRoutedToTheSharedCareRecord_WrittenAsAConditionalTransactionWithProvenance()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = EngineHost.Start(receiver, adjust: settings =>
        {
            var routes = Path.Combine(Path.GetDirectoryName(settings["Interop:Routing:File"])!, "shcr-routes.yaml");
            File.WriteAllText(routes, """
                routes:
                  - name: update-record-to-registered-gp-and-shared-care-record
                    match: { events: [ITK014M] }
                    to: [registered-gp, "destination:shcr"]
                """);
            settings["Interop:Routing:File"] = routes;
        });

        using var response = await host.PostAsync(EngineHost.Pharmacy, ProcessMessage, Fixtures.NewUpdateRecord(), Xml);

        await host.WaitForStatusAsync(response.Headers.Location!.OriginalString.Split('/')[^1], "delivered");
        var shcr = receiver.Requests.Where(r => r.Path == "/shcr").Should().ContainSingle().Subject;
        var transaction = (Interop.Fhir.R4.Bundle)new Interop.Fhir.Serialization.Json.FhirJsonParser(Interop.Fhir.R4.FhirModel.Instance).Parse(shcr.Body).Resource!;
        transaction.Type!.Value.Should().Be("transaction");
        transaction.Entry.Should().Contain(e => e.Request!.Method!.Value == "PUT" && e.Request.Url!.Value == "Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|9449305552");
        transaction.Entry.Select(e => e.Resource).OfType<Interop.Fhir.R4.Provenance>().Should().ContainSingle();
        receiver.Requests.Should().Contain(r => r.Path == "/gp/A81001", "the GP system still gets the message as received");
    }

    [Fact]
    public async Task ProcessMessage_PatientWithoutNhsNumberForTheSharedCareRecord_DeadLetteredWithTheMappingCode()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = EngineHost.Start(receiver, adjust: settings =>
        {
            var routes = Path.Combine(Path.GetDirectoryName(settings["Interop:Routing:File"])!, "shcr-routes.yaml");
            File.WriteAllText(routes, """
                routes:
                  - name: update-record-to-shared-care-record
                    match: { events: [ITK014M] }
                    to: ["destination:shcr"]
                """);
            settings["Interop:Routing:File"] = routes;
        });
        var body = Encoding.UTF8.GetString(Fixtures.NewUpdateRecord())
            .Replace("https://fhir.nhs.uk/Id/nhs-number", "https://example.org/local-patient-id", StringComparison.Ordinal);

        using var response = await host.PostAsync(EngineHost.Pharmacy, ProcessMessage, Encoding.UTF8.GetBytes(body), Xml);

        var message = await host.WaitForStatusAsync(response.Headers.Location!.OriginalString.Split('/')[^1], "dead-lettered");
        message.GetRawText().Should().Contain("SHCR001", "the record is never written for a patient it cannot key on the NHS number");
        receiver.Requests.Should().NotContain(r => r.Path == "/shcr");
    }

    [Fact]
    public async Task ProcessMessage_SameMessageTwice_SecondIsDuplicate20007AndDeliveredOnce()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = EngineHost.Start(receiver);
        var body = Fixtures.NewUpdateRecord();

        using var first = await host.PostAsync(EngineHost.Pharmacy, ProcessMessage, body, Xml);
        using var second = await host.PostAsync(EngineHost.Pharmacy, ProcessMessage, body, Xml);

        first.StatusCode.Should().Be(HttpStatusCode.Accepted);
        second.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await second.Content.ReadAsStringAsync()).Should().Contain("\"20007\"").And.Contain("RCV409");
        var original = first.Headers.Location!.OriginalString.Split('/')[^1];
        await host.WaitForStatusAsync(original, "delivered");
        var duplicate = await host.MessageAsync(second.Headers.Location!.OriginalString.Split('/')[^1]);
        duplicate.GetProperty("status").GetString().Should().Be("duplicate");
        receiver.Requests.Count(r => r.Path == "/gp/A81001").Should().Be(1);
    }

    [Theory]
    [InlineData("9476719931", "RTE006", "20002")]
    [InlineData("9000000009", "RTE003", "20001")]
    public async Task ProcessMessage_PatientCannotBeRouted_RejectedWithNegativeAcknowledgement(string nhsNumber, string code, string itkCode)
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = EngineHost.Start(receiver);

        using var response = await host.PostAsync(EngineHost.Pharmacy, ProcessMessage, Fixtures.NewUpdateRecord(nhsNumber), Xml);

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var message = await host.WaitForStatusAsync(response.Headers.Location!.OriginalString.Split('/')[^1], "rejected");
        message.GetProperty("timeline").EnumerateArray().Select(e => e.TryGetProperty("code", out var c) ? c.GetString() : null).Should().Contain(code);
        await receiver.WaitForRequestsAsync(1);
        var ack = Encoding.UTF8.GetString(receiver.Requests.Should().ContainSingle(r => r.Path == "/mailbox/FQW30").Subject.Body);
        ack.Should().Contain("fatal-error").And.Contain($"\"{itkCode}\"");
        receiver.Requests.Should().NotContain(r => r.Path.StartsWith("/gp/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProcessMessage_DestinationFailsTwiceThenRecovers_DeliveredOnceWithEveryAttemptOnTheTimeline()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var mailbox = await LoopbackReceiver.StartAsync();
        await using var host = EngineHost.Start(receiver, mailbox);
        receiver.Enqueue(ScriptedResponse.WithStatus(503), ScriptedResponse.WithStatus(503));

        using var response = await host.PostAsync(EngineHost.Pharmacy, ProcessMessage, Fixtures.NewUpdateRecord(), Xml);

        var message = await host.WaitForStatusAsync(response.Headers.Location!.OriginalString.Split('/')[^1], "delivered");
        var attempts = message.GetProperty("timeline").EnumerateArray().Where(e => e.GetProperty("step").GetString() == "deliver").ToList();
        attempts.Select(a => a.GetProperty("httpStatus").GetInt32()).Should().Equal(503, 503, 200);
        attempts.Select(a => a.GetProperty("attempt").GetInt32()).Should().Equal(1, 2, 3);
        message.GetProperty("deliveries")[0].GetProperty("attempts").GetInt32().Should().Be(3);
        receiver.Requests.Where(r => r.Path == "/gp/A81001").Select(r => r.Headers["X-Request-Id"]).Distinct().Should().ContainSingle();
    }

    [Fact]
    public async Task ProcessMessage_DestinationDownForAWhile_BreakerOpensAndEveryMessageIsDeliveredOnceItIsBack()
    {
        var receiver = await LoopbackReceiver.StartAsync();
        var port = receiver.Url.Port;
        await using var mailbox = await LoopbackReceiver.StartAsync();
        await using var host = EngineHost.Start(receiver, mailbox, s => s["Interop:Pipeline:RedeliveryDelay"] = "00:00:00.300");
        await receiver.DisposeAsync();

        var ids = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await host.PostAsync(EngineHost.Pharmacy, ProcessMessage, Fixtures.NewUpdateRecord(), Xml);
            ids.Add(response.Headers.Location!.OriginalString.Split('/')[^1]);
        }

        // Down: attempts fail, the breaker opens and later deliveries wait on it; nothing is dead-lettered.
        await WaitUntilAsync(async () => (await host.MessageAsync(ids[^1])).GetProperty("timeline").EnumerateArray()
            .Any(e => e.TryGetProperty("code", out var c) && c.GetString() is "DLV-CIRCUIT-OPEN"));
        foreach (var id in ids)
        {
            (await host.MessageAsync(id)).GetProperty("status").GetString().Should().Be("routed");
        }

        await using var back = await LoopbackReceiver.StartAsync(port);
        foreach (var id in ids)
        {
            await host.WaitForStatusAsync(id, "delivered");
        }

        back.Requests.Select(r => r.Headers["X-Request-Id"]).Should().OnlyHaveUniqueItems().And.HaveCount(ids.Count);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the condition should hold within 20 seconds");
            await Task.Delay(50);
        }
    }
}
