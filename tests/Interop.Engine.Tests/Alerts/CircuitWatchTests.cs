using Interop.Engine.Alerts;
using Interop.Engine.Delivery;

namespace Interop.Engine.Tests.Alerts;

public sealed class CircuitWatchTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Update_OpenThenHalfOpenThenOpen_KeepsWhenItFirstOpened()
    {
        var watch = new CircuitWatch();

        watch.Update([("gp-a81001", DestinationCircuitState.Open), ("shcr", DestinationCircuitState.Closed)], Start);
        watch.Update([("gp-a81001", DestinationCircuitState.HalfOpen)], Start.AddSeconds(30));
        var open = watch.Update([("gp-a81001", DestinationCircuitState.Open)], Start.AddSeconds(60));

        open.Should().Equal(new Dictionary<string, DateTimeOffset> { ["gp-a81001"] = Start });
    }

    [Fact]
    public void Update_ClosedThenOpenAgain_StartsAgain()
    {
        var watch = new CircuitWatch();
        watch.Update([("gp-a81001", DestinationCircuitState.Isolated)], Start);

        watch.Update([("gp-a81001", DestinationCircuitState.Closed)], Start.AddSeconds(30)).Should().BeEmpty();
        watch.Update([("gp-a81001", DestinationCircuitState.Open)], Start.AddSeconds(60))["gp-a81001"].Should().Be(Start.AddSeconds(60));
    }
}
