using Interop.Engine.Alerts;
using Interop.Engine.Tests.TestSupport;

namespace Interop.Engine.Tests.Alerts;

public sealed class AlertCountersTests
{
    private readonly ManualTimeProvider _clock = new();

    [Fact]
    public void Count_EventsInAndBeforeTheWindow_CountsOnlyThoseWithinIt()
    {
        var counters = new AlertCounters(_clock);
        counters.Add(AlertSignal.DeadLettered, "gp-a81001");
        _clock.Advance(TimeSpan.FromSeconds(30));
        counters.Add(AlertSignal.DeadLettered, "gp-a81001");
        counters.Add(AlertSignal.DeadLettered, "shcr");
        counters.Add(AlertSignal.Received);

        counters.Count(AlertSignal.DeadLettered, TimeSpan.FromSeconds(10)).Should().Be(2);
        counters.Count(AlertSignal.DeadLettered, TimeSpan.FromSeconds(31)).Should().Be(3);
        counters.Count(AlertSignal.DeadLettered, TimeSpan.FromSeconds(31), "GP-A81001").Should().Be(2, "destination ids are case-insensitive");
        counters.Count(AlertSignal.Received, TimeSpan.FromSeconds(1)).Should().Be(1);
        counters.Count(AlertSignal.Rejected, TimeSpan.FromHours(1)).Should().Be(0);
    }

    [Fact]
    public void Count_AfterTheWindowPasses_Zero()
    {
        var counters = new AlertCounters(_clock);
        counters.Add(AlertSignal.Rejected);

        _clock.Advance(TimeSpan.FromSeconds(5));

        counters.Count(AlertSignal.Rejected, TimeSpan.FromSeconds(5)).Should().Be(0);
        counters.Count(AlertSignal.Rejected, TimeSpan.FromSeconds(6)).Should().Be(1);
    }

    [Fact]
    public void Add_OlderThanRetention_Forgotten()
    {
        var counters = new AlertCounters(_clock);
        counters.Add(AlertSignal.Received);
        _clock.Advance(AlertCounters.Retention + TimeSpan.FromSeconds(1));

        counters.Add(AlertSignal.Received);

        counters.Count(AlertSignal.Received, AlertCounters.Retention + TimeSpan.FromHours(1)).Should().Be(1);
    }
}
