using System.Text;
using System.Text.RegularExpressions;
using Interop.Fhir.Navigation;
using Interop.Fhir.Serialization.Xml;
using Interop.Testing;

namespace Interop.Functions.Tests.EndToEnd;

/// <summary>A repeated message is answered 409 and, when it asks for one, with its own ITK fatal-error 20007, once per repeat.</summary>
public sealed class DuplicateAcknowledgementTests
{
    private const string Xml = "application/fhir+xml";
    private const string ProcessMessage = "fhir/STU3/$process-message";

    [Fact]
    public async Task ProcessMessage_SameMessageThreeTimes_EachRepeatAcknowledgedOnceWith20007()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var mailbox = await LoopbackReceiver.StartAsync();
        await using var host = EngineHost.Start(receiver, mailbox);
        var body = Fixtures.NewUpdateRecord();

        var original = await PostAsync(host, body);
        var repeats = new[] { await PostAsync(host, body), await PostAsync(host, body) };

        await host.WaitForStatusAsync(original, "delivered");
        await mailbox.WaitForRequestsAsync(4).WaitAsync(TimeSpan.FromSeconds(20));
        foreach (var repeat in repeats)
        {
            await WaitForTimelineAsync(host, repeat, 2);
            var ack = mailbox.Requests.Should().ContainSingle(r => r.Headers["X-Request-Id"] == $"{repeat}.Infrastructure-ack").Subject;
            var bundle = new FhirXmlParser(Interop.Fhir.Stu3.FhirModel.Instance).Parse(ack.Body).Resource!;
            bundle.Child("entry").Child("resource").Child("response").Text("code").Should().Be("fatal-error");
            var issue = bundle.Children("entry").Select(e => e.Child("resource")!).Single(r => r.TypeName() == "OperationOutcome").Child("issue");
            issue.Child("details").Child("coding").Text("code").Should().Be("20007");
            issue.Text("diagnostics").Should().Be("RCV409");
        }

        mailbox.Requests.Should().HaveCount(4, "the original's two acknowledgements and one per repeat");
    }

    [Fact]
    public async Task ProcessMessage_RepeatThatAsksForNoAcknowledgement_GetsNone()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var mailbox = await LoopbackReceiver.StartAsync();
        await using var host = EngineHost.Start(receiver, mailbox);
        var text = Encoding.UTF8.GetString(Fixtures.NewUpdateRecord());
        var body = Encoding.UTF8.GetBytes(Regex.Replace(text, """(url="(Inf|Bus)AckRequested">\s*<valueBoolean value=")true""", "${1}false"));

        var original = await PostAsync(host, body);
        var repeat = await PostAsync(host, body);

        await host.WaitForStatusAsync(original, "delivered");
        (await host.MessageAsync(repeat)).GetProperty("timeline").GetArrayLength().Should().Be(1, "a repeat is only received");
        mailbox.Requests.Should().BeEmpty();
    }

    private static async Task<string> PostAsync(EngineHost host, byte[] body)
    {
        using var response = await host.PostAsync(EngineHost.Pharmacy, ProcessMessage, body, Xml);
        return response.Headers.Location!.OriginalString.Split('/')[^1];
    }

    private static async Task WaitForTimelineAsync(EngineHost host, string id, int entries)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await host.MessageAsync(id)).GetProperty("timeline").GetArrayLength() < entries && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
    }
}
