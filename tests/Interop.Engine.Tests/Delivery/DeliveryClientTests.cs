using System.Text;
using Interop.Engine.Delivery;
using Interop.Engine.Tests.TestSupport;
using Interop.Testing;
using Microsoft.Extensions.Logging;

namespace Interop.Engine.Tests.Delivery;

public sealed class DeliveryClientTests
{
    [Fact]
    public async Task DeliverAsync_DestinationAnswers200_DeliveredFirstTimeWithIdsAndContentType()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var harness = DeliveryHarness.Create(new Uri(receiver.Url, "fhir/$process-message"));

        var result = await harness.Client.DeliverAsync(DeliveryHarness.Request(), CancellationToken.None);

        result.Outcome.Should().Be(DeliveryOutcome.Delivered);
        result.HttpStatus.Should().Be(200);
        result.ReasonCode.Should().BeNull();
        result.Attempts.Should().ContainSingle().Which.Should().Match<DeliveryAttempt>(a => a.Number == 1 && a.HttpStatus == 200 && a.ReasonCode == null);
        var request = receiver.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be("POST");
        request.Path.Should().Be("/fhir/$process-message");
        request.Header("X-Request-Id").Should().Be("msg-1:gp-a81001");
        request.Header("X-Correlation-Id").Should().Be("corr-1");
        request.Header("Content-Type").Should().Be("application/fhir+json; charset=utf-8");
        request.Header("Accept").Should().Be("application/fhir+json");
        request.Header("Authorization").Should().BeNull();
        Encoding.UTF8.GetString(request.Body).Should().Be("""{"resourceType":"Bundle"}""");
    }

    [Theory]
    [InlineData(200, LogLevel.Debug, "Delivered")]
    [InlineData(400, LogLevel.Warning, "NotRetryable")]
    public async Task DeliverAsync_Finished_LoggedAtDebugWhenDeliveredAndWarningWhenNot(int status, LogLevel level, string outcome)
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        receiver.DefaultResponse = ScriptedResponse.WithStatus(status);
        var logs = new CapturingLoggerProvider();
        await using var harness = DeliveryHarness.Create(new Uri(receiver.Url, "fhir"), logs: logs);

        await harness.Client.DeliverAsync(DeliveryHarness.Request(), CancellationToken.None);

        var finished = logs.Entries.Should().ContainSingle(e => e.EventId == 4101).Subject;
        finished.Level.Should().Be(level);
        finished.Text.Should().Be($"Delivery to {DeliveryHarness.DestinationId} {outcome} {(status == 200 ? "" : "DLV-HTTP-400")} after 1 attempt(s)");
    }

    [Fact]
    public async Task DeliverAsync_503TwiceThen200_DeliveredOnThirdAttemptWithEveryAttemptReported()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        receiver.Enqueue(ScriptedResponse.WithStatus(503), ScriptedResponse.WithStatus(503));
        await using var harness = DeliveryHarness.Create(receiver.Url);

        var result = await harness.Client.DeliverAsync(DeliveryHarness.Request(), CancellationToken.None);

        result.Outcome.Should().Be(DeliveryOutcome.Delivered);
        result.Attempts.Select(a => (a.Number, a.HttpStatus, a.ReasonCode)).Should().Equal(
            (1, 503, "DLV-HTTP-503"), (2, 503, "DLV-HTTP-503"), (3, 200, null));
        result.Attempts.Take(2).Should().OnlyContain(a => a.NextRetryDelay != null);
        result.Attempts[2].NextRetryDelay.Should().BeNull();
        receiver.Requests.Should().HaveCount(3).And.OnlyContain(r => r.Header("X-Request-Id") == "msg-1:gp-a81001");
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(422)]
    public async Task DeliverAsync_ClientErrorStatus_NotRetriedAndNotRetryable(int status)
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        receiver.DefaultResponse = ScriptedResponse.WithStatus(status);
        await using var harness = DeliveryHarness.Create(receiver.Url);

        var result = await harness.Client.DeliverAsync(DeliveryHarness.Request(), CancellationToken.None);

        result.Outcome.Should().Be(DeliveryOutcome.NotRetryable);
        result.ReasonCode.Should().Be(DeliveryReasonCodes.Http(status));
        result.HttpStatus.Should().Be(status);
        result.Attempts.Should().ContainSingle();
        receiver.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task DeliverAsync_503OnEveryAttempt_RetriesExhaustedWithTheLastStatus()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        receiver.DefaultResponse = ScriptedResponse.WithStatus(503);
        await using var harness = DeliveryHarness.Create(receiver.Url, new Dictionary<string, string> { ["Retry:MaxAttempts"] = "3" });

        var result = await harness.Client.DeliverAsync(DeliveryHarness.Request(), CancellationToken.None);

        result.Outcome.Should().Be(DeliveryOutcome.RetriesExhausted);
        result.ReasonCode.Should().Be("DLV-HTTP-503");
        result.Attempts.Should().HaveCount(3);
        receiver.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task DeliverAsync_DestinationDown_NetworkErrorsRetriedThenRetriesExhausted()
    {
        var receiver = await LoopbackReceiver.StartAsync();
        var url = receiver.Url;
        await receiver.DisposeAsync();
        await using var harness = DeliveryHarness.Create(url, new Dictionary<string, string> { ["Retry:MaxAttempts"] = "3" });

        var result = await harness.Client.DeliverAsync(DeliveryHarness.Request(), CancellationToken.None);

        result.Outcome.Should().Be(DeliveryOutcome.RetriesExhausted);
        result.ReasonCode.Should().Be(DeliveryReasonCodes.Network);
        result.HttpStatus.Should().BeNull();
        result.Attempts.Should().HaveCount(3).And.OnlyContain(a => a.ReasonCode == DeliveryReasonCodes.Network && a.HttpStatus == null);
    }

    [Fact]
    public async Task DeliverAsync_DestinationBackOnSamePort_DeliveredAfterNetworkErrors()
    {
        var receiver = await LoopbackReceiver.StartAsync();
        var url = receiver.Url;
        await receiver.DisposeAsync();
        await using var harness = DeliveryHarness.Create(url, new Dictionary<string, string> { ["Retry:MaxAttempts"] = "1" });
        var whileDown = await harness.Client.DeliverAsync(DeliveryHarness.Request(), CancellationToken.None);

        await using var restarted = await LoopbackReceiver.StartAsync(url.Port);
        var onceUp = await harness.Client.DeliverAsync(DeliveryHarness.Request(), CancellationToken.None);

        whileDown.ReasonCode.Should().Be(DeliveryReasonCodes.Network);
        onceUp.Outcome.Should().Be(DeliveryOutcome.Delivered);
        restarted.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task DeliverAsync_ExtraHeaders_SentAlongside()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var harness = DeliveryHarness.Create(receiver.Url);

        await harness.Client.DeliverAsync(
            DeliveryHarness.Request(headers: new Dictionary<string, string> { ["X-Interop-Event"] = "ITK014M" }), CancellationToken.None);

        receiver.Requests.Should().ContainSingle().Which.Header("X-Interop-Event").Should().Be("ITK014M");
    }

    [Fact]
    public async Task DeliverAsync_ExtraHeaderReplacesRequestId_Throws()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var harness = DeliveryHarness.Create(receiver.Url);

        var act = () => harness.Client.DeliverAsync(
            DeliveryHarness.Request(headers: new Dictionary<string, string> { ["x-request-id"] = "other" }), CancellationToken.None);

        await act.Should().ThrowAsync<ArgumentException>();
        receiver.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task DeliverAsync_UnknownDestination_NotRetryableWithoutAnyAttempt()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var harness = DeliveryHarness.Create(receiver.Url);

        var result = await harness.Client.DeliverAsync(DeliveryHarness.Request() with { DestinationId = "gp-nowhere" }, CancellationToken.None);

        result.Outcome.Should().Be(DeliveryOutcome.NotRetryable);
        result.ReasonCode.Should().Be(DeliveryReasonCodes.UnknownDestination);
        result.Attempts.Should().BeEmpty();
        receiver.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task DeliverAsync_XmlDestination_AcceptsFhirXml()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var harness = DeliveryHarness.Create(receiver.Url, new Dictionary<string, string> { ["Format"] = "xml" });

        await harness.Client.DeliverAsync(DeliveryHarness.Request() with { ContentType = "application/fhir+xml" }, CancellationToken.None);

        var request = receiver.Requests.Should().ContainSingle().Subject;
        request.Header("Accept").Should().Be("application/fhir+xml");
        request.Header("Content-Type").Should().Be("application/fhir+xml");
    }

    [Fact]
    public async Task DeliverAsync_CallerCancelsDuringAttempt_ThrowsWithoutRetrying()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        receiver.DefaultResponse = ScriptedResponse.Hanging;
        await using var harness = DeliveryHarness.Create(receiver.Url);
        using var cancellation = new CancellationTokenSource();

        var delivery = harness.Client.DeliverAsync(DeliveryHarness.Request(), cancellation.Token);
        await receiver.WaitForRequestsAsync(1).WaitAsync(TimeSpan.FromSeconds(10));
        await cancellation.CancelAsync();

        await delivery.Awaiting(task => task).Should().ThrowAsync<OperationCanceledException>();
        receiver.Requests.Should().ContainSingle();
    }
}
