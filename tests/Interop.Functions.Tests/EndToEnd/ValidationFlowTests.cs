using System.Net;
using System.Text;
using System.Text.Json;
using Interop.Testing;

namespace Interop.Functions.Tests.EndToEnd;

/// <summary>A real Update Record validated against the ITK3 and CareConnect profiles on its way through the engine.</summary>
public sealed class ValidationFlowTests
{
    private const string Xml = "application/fhir+xml";
    private const string ProcessMessage = "fhir/STU3/$process-message";

    [Fact]
    public async Task ProcessMessage_RealUpdateRecord_ValidAgainstItk3AndDelivered()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = EngineHost.Start(receiver, adjust: Itk3Profiles);

        using var response = await host.PostAsync(EngineHost.Pharmacy, ProcessMessage, UpdateRecordExample.Bytes(), Xml);

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var message = await host.WaitForStatusAsync(Id(response), "delivered");
        message.GetProperty("timeline").EnumerateArray().Should().Contain(e => e.GetProperty("step").GetString() == "validate" && e.GetProperty("outcome").GetString() == "ok");
        receiver.Requests.Should().ContainSingle(r => r.Path == "/gp/A81001");
    }

    [Theory]
    [InlineData(UpdateRecordExample.EventSystem, UpdateRecordExample.EventSystem + "-unknown", "20006", "VAL110")]
    [InlineData("9449305552", "9449305553", "20009", "VAL190")]
    public async Task ProcessMessage_FaultInjected_RejectedStoredAndNegativelyAcknowledged(string from, string to, string itkCode, string validationCode)
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = EngineHost.Start(receiver, adjust: Itk3Profiles);

        using var response = await host.PostAsync(EngineHost.Pharmacy, ProcessMessage, UpdateRecordExample.Bytes(xml => xml.Replace(from, to, StringComparison.Ordinal)), Xml);

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var message = await host.WaitForStatusAsync(Id(response), "rejected");
        var entry = message.GetProperty("timeline").EnumerateArray().Single(e => e.GetProperty("step").GetString() == "validate");
        entry.GetProperty("code").GetString().Should().Be(itkCode);
        entry.GetProperty("detail").GetString().Should().Contain(validationCode).And.NotContain(to);
        await receiver.WaitForRequestsAsync(1);
        var ack = Encoding.UTF8.GetString(receiver.Requests.Should().ContainSingle(r => r.Path == "/mailbox/FQW30").Subject.Body);
        ack.Should().Contain("fatal-error").And.Contain($"\"{itkCode}\"").And.Contain(UpdateRecordExample.HeaderId);
        receiver.Requests.Should().NotContain(r => r.Path.StartsWith("/gp/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Replay_MessageRejectedByValidation_ReplayedAndValidatedAgain()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = EngineHost.Start(receiver, adjust: Itk3Profiles);
        var body = UpdateRecordExample.Bytes(xml => xml.Replace(UpdateRecordExample.EventSystem, UpdateRecordExample.EventSystem + "-unknown", StringComparison.Ordinal));
        using var response = await host.PostAsync(EngineHost.Pharmacy, ProcessMessage, body, Xml);
        var id = Id(response);
        await host.WaitForStatusAsync(id, "rejected");

        using var operatorClient = host.ClientFor(EngineHost.Operator);
        using var replayResponse = await operatorClient.PostAsync(new Uri($"api/messages/{id}/replay", UriKind.Relative), null);

        replayResponse.StatusCode.Should().Be(HttpStatusCode.OK);
        var replayId = JsonDocument.Parse(await replayResponse.Content.ReadAsStringAsync()).RootElement.GetProperty("replayId").GetString()!;
        var replay = await host.WaitForStatusAsync(replayId, "rejected");
        replay.GetProperty("replayOf").GetString().Should().Be(id);
        replay.GetProperty("timeline").EnumerateArray().Should().Contain(e => e.GetProperty("step").GetString() == "validate" && e.GetProperty("code").GetString() == "20006");
    }

    private static void Itk3Profiles(Dictionary<string, string?> settings)
    {
        settings["Interop:Validation:Stu3:Packages:0"] = UpdateRecordExample.ConformanceFolder;
        settings["Interop:Validation:Stu3:Profiles:ITK014M:0"] = "https://fhir.nhs.uk/STU3/StructureDefinition/ITK-Message-Bundle-1";
    }

    private static string Id(HttpResponseMessage response) => response.Headers.Location!.OriginalString.Split('/')[^1];
}
