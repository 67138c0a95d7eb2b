using Interop.Engine.Alerts;

namespace Interop.Engine.Tests.Alerts;

public sealed class AlertBoardTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly AlertRule GpDown = new("gp-down", AlertKind.BreakerOpen, 0, TimeSpan.Zero, TimeSpan.FromMinutes(1), null, null, 10);

    [Fact]
    public void Apply_BreachHoldsThenClears_OneFiringAndOneResolvedNotification()
    {
        var board = new AlertBoard(notify: true);

        board.Apply(GpDown, [new("gp-a81001", 61, "first")], Start);
        board.Apply(GpDown, [new("gp-a81001", 90, "later")], Start.AddSeconds(30));
        var active = board.Snapshot().Active;
        board.Apply(GpDown, [], Start.AddSeconds(60));
        board.Apply(GpDown, [], Start.AddSeconds(90));

        active.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Rule = "gp-down", Kind = AlertKind.BreakerOpen, Since = Start, Value = 90.0, Threshold = 60.0, Summary = "later" });
        var pending = board.Pending();
        pending.Select(n => n.Status).Should().Equal(AlertStatus.Firing, AlertStatus.Resolved);
        pending.Select(n => n.Alert.Id).Distinct().Should().ContainSingle();
        pending[1].Alert.ResolvedAt.Should().Be(Start.AddSeconds(60));
        pending[1].Alert.Value.Should().Be(90, "a recovery reports the last value measured while it fired");
        board.Snapshot().Should().BeEquivalentTo(new { Active = Array.Empty<Alert>(), Recent = new[] { pending[1].Alert } });
    }

    [Fact]
    public void Apply_TwoSubjects_AnIncidentEach_ResolvedSeparately()
    {
        var board = new AlertBoard(notify: true);

        board.Apply(GpDown, [new("gp-a81001", 61, "a"), new("shcr", 61, "b")], Start);
        board.Apply(GpDown, [new("shcr", 91, "b")], Start.AddSeconds(30));

        board.Snapshot().Active.Should().ContainSingle().Which.Summary.Should().Be("b");
        board.Snapshot().Recent.Should().ContainSingle().Which.Summary.Should().Be("a");
        board.Pending().Select(n => n.Status).Should().Equal(AlertStatus.Firing, AlertStatus.Firing, AlertStatus.Resolved);
    }

    [Fact]
    public void Apply_ClearsAndBreachesAgain_ANewIncident()
    {
        var board = new AlertBoard(notify: true);

        board.Apply(GpDown, [new("gp-a81001", 61, "a")], Start);
        board.Apply(GpDown, [], Start.AddSeconds(30));
        board.Apply(GpDown, [new("gp-a81001", 61, "a")], Start.AddSeconds(60));

        board.Pending().Select(n => n.Alert.Id).Distinct().Should().HaveCount(2);
    }

    [Fact]
    public void Sent_Notification_NoLongerPending()
    {
        var board = new AlertBoard(notify: true);
        board.Apply(GpDown, [new("gp-a81001", 61, "a")], Start);

        board.Sent(board.Pending()[0]);

        board.Pending().Should().BeEmpty();
        board.Snapshot().Active.Should().ContainSingle("sending does not end the incident");
    }

    [Fact]
    public void Apply_NoWebhook_NothingQueued()
    {
        var board = new AlertBoard(notify: false);

        board.Apply(GpDown, [new("gp-a81001", 61, "a")], Start);

        board.Pending().Should().BeEmpty();
        board.Snapshot().Active.Should().ContainSingle();
    }
}
