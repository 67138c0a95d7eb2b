using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Interop.Engine.Messages;
using Interop.Fhir;
using Interop.Fhir.Navigation;
using Interop.Functions.Tests.EndToEnd.FlowCases;
using Interop.Testing;

namespace Interop.Functions.Tests.EndToEnd;

/// <summary>
/// Every case under <c>fixtures/flows/update-record/</c> through the running host with the sample routes and destinations:
/// the sender's receipt and ITK acknowledgements, the message's status and timeline, and what each simulated destination
/// received, as the case's <c>case.json</c> says. Golden files are rewritten with <c>INTEROP_UPDATE_GOLDEN=1</c>.
/// </summary>
public sealed class UpdateRecordFlowCaseTests
{
    private const string Flow = "update-record";
    private const string Mailbox = "mailbox-fqw30";

    public static TheoryData<string> Cases => FlowCase.Names(Flow);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ProcessMessage_FlowCase_SenderRecordAndDestinationsAsTheCaseSays(string name)
    {
        var flowCase = FlowCase.Load(Flow, name);
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = SampleEngine.Start(receiver);

        var sent = new List<SentMessage>();
        foreach (var send in flowCase.Sends)
        {
            sent.Add(await SendAsync(host, flowCase, send, $"send {sent.Count + 1} ({send.Input})"));
        }

        var ids = sent.Select(s => s.MessageId).ToList();
        foreach (var message in sent)
        {
            message.HttpStatus.Should().Be(message.Send.Receipt.HttpStatus, $"the answer to {message.Label}");
            message.ReceiptCodes.Should().Equal(message.Send.Receipt.Codes, $"the receipt for {message.Label}");
            var record = await WaitForRecordAsync(host, receiver, message);
            record.GetProperty("status").GetString().Should().Be(message.Send.Status, $"the status of {message.Label}");
            Timeline(record).Should().BeEquivalentTo(message.Send.Timeline, $"the timeline of {message.Label}");
            CheckAcknowledgements(flowCase, receiver, message, ids);
        }

        receiver.Requests.Count(r => r.Path == SampleEngine.Paths[Mailbox]).Should()
            .Be(sent.Sum(s => s.Send.Acknowledgements.Count), "the sender gets the acknowledgements listed and no others");
        foreach (var (destination, expected) in flowCase.Destinations)
        {
            CheckDestination(flowCase, receiver, destination, expected, sent, ids);
        }
    }

    private static async Task<SentMessage> SendAsync(EngineHost host, FlowCase flowCase, FlowSend send, string label)
    {
        var before = await MessageIdsAsync(host);
        var input = await File.ReadAllBytesAsync(flowCase.PathOf(send.Input));
        using var response = await host.PostAsync(send.Client, send.Endpoint, input, send.ContentType);
        var body = await response.Content.ReadAsByteArrayAsync();
        var version = send.Endpoint.Contains("/STU3/", StringComparison.Ordinal) ? FhirVersions.Stu3 : FhirVersions.R4;
        var outcome = MessagePayload.Parse(version, response.Content.Headers.ContentType!.MediaType!, body).Resource;
        var codes = outcome.Child("issue").Child("details").Children("coding").Select(c => c.Text("code")!).ToList();

        // A message refused at the door is stored too, but only an accepted or duplicate one is answered with its Location.
        var id = response.Headers.Location?.OriginalString.Split('/')[^1]
            ?? (await MessageIdsAsync(host)).Except(before).Should().ContainSingle("the refused message is recorded").Subject;
        return new SentMessage(send, label, Encoding.UTF8.GetString(input), id, (int)response.StatusCode, codes);
    }

    private static async Task<IReadOnlyList<string>> MessageIdsAsync(EngineHost host)
    {
        using var http = host.ClientFor(EngineHost.Operator);
        using var page = JsonDocument.Parse(await http.GetStringAsync(new Uri("api/messages?limit=100", UriKind.Relative)));
        return [.. page.RootElement.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("id").GetString()!)];
    }

    /// <summary>The operator API's record once it shows the expected status and as many timeline entries and acknowledgements as expected.</summary>
    private static async Task<JsonElement> WaitForRecordAsync(EngineHost host, LoopbackReceiver receiver, SentMessage message)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var record = await host.MessageAsync(message.MessageId);
            var settled = record.GetProperty("status").GetString() == message.Send.Status
                && record.GetProperty("timeline").GetArrayLength() >= message.Send.Timeline.Count
                && receiver.Requests.Count(r => r.Headers.TryGetValue("X-Correlation-Id", out var c) && c == message.MessageId && r.Path == SampleEngine.Paths[Mailbox])
                    >= message.Send.Acknowledgements.Count;
            if (settled || DateTime.UtcNow > deadline)
            {
                return record;
            }

            await Task.Delay(50);
        }
    }

    private static IEnumerable<string> Timeline(JsonElement record) => record.GetProperty("timeline").EnumerateArray().Select(e =>
        string.Join(' ', new[]
        {
            e.GetProperty("step").GetString(),
            e.GetProperty("outcome").GetString(),
            e.TryGetProperty("code", out var code) ? code.GetString() : null,
            e.TryGetProperty("destination", out var destination) ? "@" + destination.GetString() : null,
        }.OfType<string>()));

    private static void CheckAcknowledgements(FlowCase flowCase, LoopbackReceiver receiver, SentMessage message, IReadOnlyList<string> ids)
    {
        var inputHeader = Parse(message.Input, FhirVersions.XmlMediaType).Child("entry").Child("resource");
        var headerId = inputHeader.Text("id");
        foreach (var expected in message.Send.Acknowledgements)
        {
            var because = $"the {expected.Kind} acknowledgement of {message.Label}";
            var request = receiver.Requests.Where(r => r.Path == SampleEngine.Paths[Mailbox] && r.Headers["X-Request-Id"] == expected.RequestId(message.MessageId))
                .Should().ContainSingle(because).Subject;
            var mediaType = MediaTypeHeaderValue.Parse(request.Headers["Content-Type"]).MediaType!;
            var ack = MessagePayload.Parse(FhirVersions.Stu3, mediaType, request.Body).Resource!;
            Itk3Validator.Errors(ack).Should().BeEmpty($"{because} meets the ITK3 profiles");
            var header = ack.Child("entry").Child("resource");
            header.Child("event").Text("code").Should().Be(expected.Event, because);
            header.Child("response").Text("identifier").Should().Be(headerId, because);
            header.Child("response").Text("code").Should().Be(expected.ResponseCode, because);
            SenderReference(header).Should().Be(SenderReference(inputHeader), $"{because} returns the sender's reference");
            var outcome = ack.Children("entry").Select(e => e.Child("resource")).Single(r => r!.TypeName() == "OperationOutcome");
            outcome.Child("issue").Child("details").Children("coding").Select(c => c.Text("code")).Should().Equal([expected.ItkCode], because);
            outcome.Child("issue").Text("diagnostics").Should().Be(expected.EngineCode, because);
            GoldenText.Check(GoldenText.Normalise(request.Body, mediaType, message.Input, ids), flowCase.PathOf(expected.Expected), because);
        }
    }

    private static void CheckDestination(FlowCase flowCase, LoopbackReceiver receiver, string destination, ExpectedDelivery? expected, IReadOnlyList<SentMessage> sent, IReadOnlyList<string> ids)
    {
        var received = receiver.Requests.Where(r => r.Path == SampleEngine.Paths[destination]).ToList();
        if (expected is null)
        {
            received.Should().BeEmpty($"{destination} gets nothing");
            return;
        }

        received.Should().HaveCount(expected.Count, $"{destination} gets each message it is sent exactly once");
        // Messages are delivered concurrently, so the latest message this destination got is found by its correlation id
        // (the message's id), not by arrival order.
        var (latest, input) = sent.Reverse()
            .Select(s => (Request: received.SingleOrDefault(r => r.Header("X-Correlation-Id") == s.MessageId), s.Input))
            .First(p => p.Request is not null);
        var request = latest!;
        var mediaType = MediaTypeHeaderValue.Parse(request.Headers["Content-Type"]).MediaType!;
        mediaType.Should().Be(expected.ContentType, $"{destination} takes {expected.ContentType}");
        if (expected.Compare == "bytes")
        {
            request.Body.Should().Equal(File.ReadAllBytes(flowCase.PathOf(expected.Expected)), $"{destination} gets {expected.Expected} byte for byte");
            return;
        }

        expected.Compare.Should().Be("normalised");
        GoldenText.Check(GoldenText.Normalise(request.Body, mediaType, input, ids), flowCase.PathOf(expected.Expected), $"what {destination} received");
    }

    private static string? SenderReference(Base? header) =>
        header.Extensions("https://fhir.nhs.uk/STU3/StructureDefinition/Extension-ITK-MessageHandling-2").Single().Extensions("SenderReference").Single().Text("value");

    private static Base Parse(string text, string mediaType) =>
        MessagePayload.Parse(FhirVersions.Stu3, mediaType, Encoding.UTF8.GetBytes(text)).Resource ?? throw new InvalidDataException("The case's input does not parse.");
}
