using Interop.Engine.Delivery;
using Interop.Engine.Tests.TestSupport;
using Interop.Testing;

namespace Interop.Engine.Tests.Delivery;

public sealed class RetryAfterTests
{
    private static readonly TimeSpan Signal = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task DeliverAsync_429WithRetryAfter_WaitsThatLongBeforeTheNextAttempt()
    {
        var clock = new ManualTimeProvider();
        await using var receiver = await LoopbackReceiver.StartAsync();
        receiver.Enqueue(ScriptedResponse.RetryAfter(429, 7));
        await using var harness = DeliveryHarness.Create(receiver.Url, new Dictionary<string, string>
        {
            ["Retry:BaseDelay"] = DeliveryHarness.Seconds(1),
            ["Retry:MaxDelay"] = DeliveryHarness.Seconds(30),
        }, clock);

        var delivery = harness.Client.DeliverAsync(DeliveryHarness.Request(), CancellationToken.None);
        await clock.WaitForTimerAsync(due => due == TimeSpan.FromSeconds(7)).WaitAsync(Signal);
        var requestsBeforeTheWait = receiver.Requests.Count;
        clock.Advance(TimeSpan.FromSeconds(7));
        var result = await delivery.WaitAsync(Signal);

        requestsBeforeTheWait.Should().Be(1);
        result.Outcome.Should().Be(DeliveryOutcome.Delivered);
        result.Attempts.Should().HaveCount(2);
        result.Attempts[0].Should().Match<DeliveryAttempt>(a =>
            a.HttpStatus == 429 && a.ReasonCode == "DLV-HTTP-429" && a.NextRetryDelay == TimeSpan.FromSeconds(7));
        receiver.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task DeliverAsync_RetryAfterBeyondMaxDelay_WaitsOnlyMaxDelay()
    {
        var clock = new ManualTimeProvider();
        await using var receiver = await LoopbackReceiver.StartAsync();
        receiver.Enqueue(ScriptedResponse.RetryAfter(503, 3600));
        await using var harness = DeliveryHarness.Create(receiver.Url, new Dictionary<string, string>
        {
            ["Retry:BaseDelay"] = DeliveryHarness.Seconds(1),
            ["Retry:MaxDelay"] = DeliveryHarness.Seconds(30),
        }, clock);

        var delivery = harness.Client.DeliverAsync(DeliveryHarness.Request(), CancellationToken.None);
        await clock.WaitForTimerAsync(due => due == TimeSpan.FromSeconds(30)).WaitAsync(Signal);
        clock.Advance(TimeSpan.FromSeconds(30));
        var result = await delivery.WaitAsync(Signal);

        result.Outcome.Should().Be(DeliveryOutcome.Delivered);
        result.Attempts[0].NextRetryDelay.Should().Be(TimeSpan.FromSeconds(30));
    }
}
