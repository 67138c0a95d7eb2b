using Interop.Engine.Delivery;
using Interop.Engine.Tests.TestSupport;
using Interop.Testing;

namespace Interop.Engine.Tests.Delivery;

public sealed class CircuitBreakerTests
{
    // One attempt per delivery and a breaker that opens after two failures in two calls: each delivery is one data point.
    private static readonly Dictionary<string, string> OneAttemptBreaker = new()
    {
        ["Retry:MaxAttempts"] = "1",
        ["CircuitBreaker:MinimumThroughput"] = "2",
        ["CircuitBreaker:FailureRatio"] = "0.5",
        ["CircuitBreaker:SamplingDuration"] = "00:00:30",
        ["CircuitBreaker:BreakDuration"] = "00:00:30",
    };

    [Fact]
    public async Task DeliverAsync_RepeatedFailures_OpensCircuitAndRefusesWithoutAnyRequest()
    {
        var clock = new ManualTimeProvider();
        await using var receiver = await LoopbackReceiver.StartAsync();
        receiver.DefaultResponse = ScriptedResponse.WithStatus(503);
        await using var harness = DeliveryHarness.Create(receiver.Url, OneAttemptBreaker, clock);
        await FailTwiceAsync(harness);

        clock.Advance(TimeSpan.FromSeconds(10));
        var refused = await harness.Client.DeliverAsync(DeliveryHarness.Request(), CancellationToken.None);

        refused.Outcome.Should().Be(DeliveryOutcome.CircuitOpen);
        refused.ReasonCode.Should().Be(DeliveryReasonCodes.CircuitOpen);
        refused.Attempts.Should().BeEmpty();
        refused.RetryAfter.Should().Be(TimeSpan.FromSeconds(20));
        receiver.Requests.Should().HaveCount(2);
        harness.Health.GetState(DeliveryHarness.DestinationId).Should().Be(DestinationCircuitState.Open);
    }

    [Fact]
    public async Task DeliverAsync_AfterBreakDurationWithHealthyReceiver_DeliversAndClosesCircuit()
    {
        var clock = new ManualTimeProvider();
        await using var receiver = await LoopbackReceiver.StartAsync();
        receiver.Enqueue(ScriptedResponse.WithStatus(503), ScriptedResponse.WithStatus(503));
        await using var harness = DeliveryHarness.Create(receiver.Url, OneAttemptBreaker, clock);
        await FailTwiceAsync(harness);

        clock.Advance(TimeSpan.FromSeconds(30));
        var trial = await harness.Client.DeliverAsync(DeliveryHarness.Request(), CancellationToken.None);
        var next = await harness.Client.DeliverAsync(DeliveryHarness.Request(), CancellationToken.None);

        trial.Outcome.Should().Be(DeliveryOutcome.Delivered);
        next.Outcome.Should().Be(DeliveryOutcome.Delivered);
        harness.Health.GetState(DeliveryHarness.DestinationId).Should().Be(DestinationCircuitState.Closed);
        receiver.Requests.Should().HaveCount(4);
    }

    [Fact]
    public async Task DeliverAsync_TrialRequestFails_ReopensCircuitForAnotherBreak()
    {
        var clock = new ManualTimeProvider();
        await using var receiver = await LoopbackReceiver.StartAsync();
        receiver.DefaultResponse = ScriptedResponse.WithStatus(503);
        await using var harness = DeliveryHarness.Create(receiver.Url, OneAttemptBreaker, clock);
        await FailTwiceAsync(harness);

        clock.Advance(TimeSpan.FromSeconds(30));
        var trial = await harness.Client.DeliverAsync(DeliveryHarness.Request(), CancellationToken.None);
        var refused = await harness.Client.DeliverAsync(DeliveryHarness.Request(), CancellationToken.None);

        trial.Outcome.Should().Be(DeliveryOutcome.RetriesExhausted);
        refused.Outcome.Should().Be(DeliveryOutcome.CircuitOpen);
        refused.RetryAfter.Should().Be(TimeSpan.FromSeconds(30));
        receiver.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task DeliverAsync_CircuitOpensDuringRetries_StopsRetryingWithCircuitOpenAndTheAttemptsMade()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        receiver.DefaultResponse = ScriptedResponse.WithStatus(500);
        await using var harness = DeliveryHarness.Create(receiver.Url, new Dictionary<string, string>
        {
            ["Retry:MaxAttempts"] = "5",
            ["Retry:BaseDelay"] = "00:00:00",
            ["CircuitBreaker:MinimumThroughput"] = "3",
            ["CircuitBreaker:FailureRatio"] = "1",
        });

        var result = await harness.Client.DeliverAsync(DeliveryHarness.Request(), CancellationToken.None);

        result.Outcome.Should().Be(DeliveryOutcome.CircuitOpen);
        result.Attempts.Should().HaveCount(3).And.OnlyContain(a => a.ReasonCode == "DLV-HTTP-500");
        result.RetryAfter.Should().BePositive();
        receiver.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task GetState_DestinationNeverCalled_Closed()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var harness = DeliveryHarness.Create(receiver.Url);

        harness.Health.GetState(DeliveryHarness.DestinationId).Should().Be(DestinationCircuitState.Closed);
    }

    [Fact]
    public async Task GetState_UnknownDestination_Throws()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var harness = DeliveryHarness.Create(receiver.Url);

        var act = () => harness.Health.GetState("gp-nowhere");

        act.Should().Throw<ArgumentException>();
    }

    private static async Task FailTwiceAsync(DeliveryHarness harness)
    {
        for (var i = 0; i < 2; i++)
        {
            var failed = await harness.Client.DeliverAsync(DeliveryHarness.Request(), CancellationToken.None);
            failed.Outcome.Should().Be(DeliveryOutcome.RetriesExhausted);
        }

        harness.Health.GetState(DeliveryHarness.DestinationId).Should().Be(DestinationCircuitState.Open);
    }
}
