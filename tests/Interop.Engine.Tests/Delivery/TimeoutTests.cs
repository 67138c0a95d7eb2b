using Interop.Engine.Delivery;
using Interop.Engine.Tests.TestSupport;
using Interop.Testing;

namespace Interop.Engine.Tests.Delivery;

// The per-attempt timeout runs on the manual clock: each test waits until the receiver holds the request, then moves time past the timeout.
public sealed class TimeoutTests
{
    private static readonly TimeSpan Signal = TimeSpan.FromSeconds(10);

    private static readonly Dictionary<string, string> FiveSecondTimeout = new()
    {
        ["Timeout"] = "00:00:05",
        ["Retry:MaxAttempts"] = "2",
        ["Retry:BaseDelay"] = "00:00:00",
    };

    [Fact]
    public async Task DeliverAsync_AttemptOutlastsTimeout_RetriedAndDelivered()
    {
        var clock = new ManualTimeProvider();
        await using var receiver = await LoopbackReceiver.StartAsync();
        receiver.Enqueue(ScriptedResponse.Hanging);
        await using var harness = DeliveryHarness.Create(receiver.Url, FiveSecondTimeout, clock);

        var delivery = harness.Client.DeliverAsync(DeliveryHarness.Request(), CancellationToken.None);
        await receiver.WaitForRequestsAsync(1).WaitAsync(Signal);
        clock.Advance(TimeSpan.FromSeconds(5));
        var result = await delivery.WaitAsync(Signal);

        result.Outcome.Should().Be(DeliveryOutcome.Delivered);
        result.Attempts.Select(a => (a.HttpStatus, a.ReasonCode)).Should().Equal((null, "DLV-TIMEOUT"), (200, null));
        receiver.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task DeliverAsync_EveryAttemptTimesOut_RetriesExhaustedWithTimeout()
    {
        var clock = new ManualTimeProvider();
        await using var receiver = await LoopbackReceiver.StartAsync();
        receiver.DefaultResponse = ScriptedResponse.Hanging;
        await using var harness = DeliveryHarness.Create(receiver.Url, FiveSecondTimeout, clock);

        var delivery = harness.Client.DeliverAsync(DeliveryHarness.Request(), CancellationToken.None);
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            await receiver.WaitForRequestsAsync(attempt).WaitAsync(Signal);
            clock.Advance(TimeSpan.FromSeconds(5));
        }

        var result = await delivery.WaitAsync(Signal);

        result.Outcome.Should().Be(DeliveryOutcome.RetriesExhausted);
        result.ReasonCode.Should().Be(DeliveryReasonCodes.Timeout);
        result.Attempts.Should().HaveCount(2).And.OnlyContain(a => a.ReasonCode == DeliveryReasonCodes.Timeout);
    }
}
