using Interop.Engine.Alerts;
using Interop.Engine.Queues;
using Interop.Engine.Tests.TestSupport;

namespace Interop.Engine.Tests.Alerts;

public sealed class AlertConditionsTests
{
    private readonly ManualTimeProvider _clock = new();
    private readonly AlertCounters _counters;

    public AlertConditionsTests() => _counters = new AlertCounters(_clock);

    [Theory]
    [InlineData(4, null, "5 deliveries dead-lettered in the last 00:15:00 (more than 4).")]
    [InlineData(5, null, null)]
    [InlineData(4, "gp-a81001", "5 deliveries to gp-a81001 dead-lettered in the last 00:15:00 (more than 4).")]
    [InlineData(0, "shcr", null)]
    public void Breaches_DeadLetters_FiresAboveThresholdWithinWindow(int threshold, string? destination, string? summary)
    {
        Add(AlertSignal.DeadLettered, 1, "shcr");
        Add(AlertSignal.DeadLettered, 3, "gp-a81001");
        _clock.Advance(TimeSpan.FromMinutes(10));
        Add(AlertSignal.DeadLettered, 5, "gp-a81001");
        _clock.Advance(TimeSpan.FromMinutes(10));
        var rule = Rule(AlertKind.DeadLetters, threshold: threshold, window: TimeSpan.FromMinutes(15)) with { Destination = destination };

        var breaches = AlertConditions.Breaches(rule, Inputs());

        breaches.Select(b => b.Summary).Should().Equal(summary is null ? [] : [summary]);
        breaches.Select(b => (b.Subject, b.Value)).Should().Equal(summary is null ? [] : [(destination ?? "", 5.0)]);
    }

    [Fact]
    public void Breaches_BreakerOpenLongerThanFor_OneReadingPerDestination()
    {
        var now = _clock.GetUtcNow();
        var open = new Dictionary<string, DateTimeOffset> { ["gp-a81001"] = now.AddSeconds(-90), ["shcr"] = now.AddSeconds(-30), ["gp-a81002"] = now.AddSeconds(-61) };

        var breaches = AlertConditions.Breaches(Rule(AlertKind.BreakerOpen, @for: TimeSpan.FromMinutes(1)), Inputs(open: open));
        var one = AlertConditions.Breaches(Rule(AlertKind.BreakerOpen, @for: TimeSpan.FromMinutes(1)) with { Destination = "GP-A81002" }, Inputs(open: open));

        breaches.Select(b => (b.Subject, b.Value)).Should().Equal(("gp-a81001", 90.0), ("gp-a81002", 61.0));
        breaches[0].Summary.Should().Be("The circuit breaker of gp-a81001 has not closed for 90 s (longer than 60 s).");
        one.Should().ContainSingle().Which.Subject.Should().Be("gp-a81002");
    }

    [Theory]
    [InlineData(null, new[] { "deliver" })]
    [InlineData("deliver-poison", new[] { "deliver-poison" })]
    [InlineData("route", new string[0])]
    public void Breaches_QueueAge_OldestJobOlderThanFor(string? queue, string[] expected)
    {
        var now = _clock.GetUtcNow();
        QueueStats[] queues =
        [
            new("route", 3, now.AddMinutes(-2)),
            new("deliver", 12, now.AddMinutes(-11)),
            new("deliver-poison", 1, now.AddHours(-3)),
            new("acknowledge", 0, null),
        ];

        var breaches = AlertConditions.Breaches(Rule(AlertKind.QueueAge, @for: TimeSpan.FromMinutes(10)) with { Queue = queue }, Inputs(queues: queues));

        breaches.Select(b => b.Subject).Should().Equal(expected);
    }

    [Theory]
    [InlineData(20, 4, 20.0, 10, false)]
    [InlineData(20, 6, 20.0, 10, true)]
    [InlineData(9, 9, 20.0, 10, false)]
    [InlineData(0, 0, 0.0, 1, false)]
    public void Breaches_RejectionRate_OverThresholdWithEnoughMessages(int received, int rejected, double threshold, int minMessages, bool fires)
    {
        Add(AlertSignal.Received, received);
        Add(AlertSignal.Rejected, rejected);
        var rule = Rule(AlertKind.RejectionRate, threshold: threshold, window: TimeSpan.FromMinutes(5)) with { MinMessages = minMessages };

        var breaches = AlertConditions.Breaches(rule, Inputs());

        breaches.Should().HaveCount(fires ? 1 : 0);
        if (fires)
        {
            breaches[0].Value.Should().Be(30);
            breaches[0].Summary.Should().Be("30% of 20 messages rejected in the last 00:05:00 (6; over 20%).");
        }
    }

    private static AlertRule Rule(AlertKind kind, double threshold = 0, TimeSpan window = default, TimeSpan @for = default) =>
        new("rule", kind, threshold, window, @for, null, null, AlertRule.DefaultMinMessages);

    private AlertInputs Inputs(IReadOnlyDictionary<string, DateTimeOffset>? open = null, IReadOnlyList<QueueStats>? queues = null) =>
        new(_clock.GetUtcNow(), _counters, open ?? new Dictionary<string, DateTimeOffset>(), queues ?? []);

    private void Add(AlertSignal signal, int times, string destination = "")
    {
        for (var i = 0; i < times; i++)
        {
            _counters.Add(signal, destination);
        }
    }
}
