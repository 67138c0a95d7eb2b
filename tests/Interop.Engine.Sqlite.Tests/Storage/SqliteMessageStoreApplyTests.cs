using Interop.Engine.Messages;
using Interop.Engine.Queues;
using Interop.Engine.Sqlite.Tests.Support;

namespace Interop.Engine.Sqlite.Tests.Storage;

public sealed class SqliteMessageStoreApplyTests : IDisposable
{
    private readonly TestEngine _engine = new();

    public void Dispose() => _engine.Dispose();

    [Fact]
    public async Task ApplyAsync_StatusTimelineDeliveriesAndJobs_AllVisibleAfterwards()
    {
        var message = await AcceptAsync();
        var at = _engine.Clock.GetUtcNow();

        await _engine.Store.ApplyAsync(new MessageUpdate(message.Id)
        {
            Status = MessageStatus.Routed,
            Timeline = [new TimelineEntry(at, "route", "ok", Detail: "2 destinations")],
            Deliveries = [Delivery("gp-a81001", DeliveryStatus.Pending, at), Delivery("pharmacy-fqw30", DeliveryStatus.Pending, at)],
            Jobs = [new QueueJob(QueueNames.Deliver, "a"), new QueueJob(QueueNames.Deliver, "b")],
        }, default);

        var stored = await _engine.Store.FindAsync(message.Id, default);
        stored!.Status.Should().Be(MessageStatus.Routed);
        stored.Timeline.Select(e => e.Step).Should().Equal("receive", "route");
        stored.Deliveries.Select(d => d.Destination).Should().Equal("gp-a81001", "pharmacy-fqw30");
        (await _engine.Queue.GetStatsAsync(QueueNames.Deliver, default)).Depth.Should().Be(2);
    }

    [Fact]
    public async Task ApplyAsync_DeliveryForKnownDestination_ReplacesItInPlace()
    {
        var message = await AcceptAsync();
        var at = _engine.Clock.GetUtcNow();
        await _engine.Store.ApplyAsync(new MessageUpdate(message.Id)
        {
            Deliveries = [Delivery("gp-a81001", DeliveryStatus.Pending, at), Delivery("pharmacy-fqw30", DeliveryStatus.Pending, at)],
        }, default);

        var later = at.AddSeconds(3);
        await _engine.Store.ApplyAsync(new MessageUpdate(message.Id)
        {
            Deliveries = [Delivery("gp-a81001", DeliveryStatus.Retrying, later) with { Attempts = 1, LastError = "503" }],
            Timeline = [new TimelineEntry(later, "deliver", "retry", "503", Destination: "gp-a81001", Attempt: 1, HttpStatus: 503, LatencyMs: 12.5)],
        }, default);

        var stored = await _engine.Store.FindAsync(message.Id, default);
        stored!.Deliveries.Should().HaveCount(2);
        stored.Deliveries[0].Should().Be(Delivery("gp-a81001", DeliveryStatus.Retrying, later) with { Attempts = 1, LastError = "503" });
        stored.Timeline[^1].Should().Be(
            new TimelineEntry(later, "deliver", "retry", "503", Destination: "gp-a81001", Attempt: 1, HttpStatus: 503, LatencyMs: 12.5));
    }

    [Fact]
    public async Task ApplyAsync_UnknownMessage_ThrowsKeyNotFound()
    {
        var apply = () => _engine.Store.ApplyAsync(new MessageUpdate("missing") { Status = MessageStatus.Routed }, default);

        await apply.Should().ThrowAsync<KeyNotFoundException>();
    }

    [Fact]
    public async Task ApplyAsync_JobBodyOver64KB_FailsEntirelyAndChangesNothing()
    {
        var message = await AcceptAsync();
        var at = _engine.Clock.GetUtcNow();

        var apply = () => _engine.Store.ApplyAsync(new MessageUpdate(message.Id)
        {
            Status = MessageStatus.Routed,
            Timeline = [new TimelineEntry(at, "route", "ok")],
            Deliveries = [Delivery("gp-a81001", DeliveryStatus.Pending, at)],
            Jobs = [new QueueJob(QueueNames.Deliver, "fine"), new QueueJob(QueueNames.Deliver, TestMessages.Body(QueueJob.MaxBodyBytes + 1))],
        }, default);

        await apply.Should().ThrowAsync<ArgumentException>();
        await ShouldBeUntouchedAsync(message.Id);
    }

    [Fact]
    public async Task ApplyAsync_FailingInsideTheWriter_RollsBackEverythingItDid()
    {
        var message = await AcceptAsync();
        var at = _engine.Clock.GetUtcNow();

        // Two deliveries to one destination pass the checks made before the writer; the NOT NULL idempotency key of the
        // second fails in SQLite after the status, timeline and first delivery were written.
        var apply = () => _engine.Store.ApplyAsync(new MessageUpdate(message.Id)
        {
            Status = MessageStatus.Routed,
            Timeline = [new TimelineEntry(at, "route", "ok")],
            Deliveries = [Delivery("gp-a81001", DeliveryStatus.Pending, at), Delivery("pharmacy-fqw30", DeliveryStatus.Pending, at) with { IdempotencyKey = null! }],
            Jobs = [new QueueJob(QueueNames.Deliver, "fine")],
        }, default);

        await apply.Should().ThrowAsync<Microsoft.Data.Sqlite.SqliteException>();
        await ShouldBeUntouchedAsync(message.Id);
    }

    [Fact]
    public async Task ApplyAsync_CompletesItsLeasedJob_DeletesTheJobInTheSameCommit()
    {
        var message = await AcceptAsync();
        var job = await ReceiveRouteJobAsync();

        var deleted = await _engine.Store.ApplyAsync(new MessageUpdate(message.Id)
        {
            Status = MessageStatus.Routed,
            Timeline = [new TimelineEntry(_engine.Clock.GetUtcNow(), "route", "ok")],
            Jobs = [new QueueJob(QueueNames.Deliver, "next")],
            CompletesJob = job,
        }, default);

        deleted.Should().BeTrue();
        (await _engine.Store.FindAsync(message.Id, default))!.Status.Should().Be(MessageStatus.Routed);
        (await _engine.Queue.GetStatsAsync(QueueNames.Route, default)).Depth.Should().Be(0);
        (await _engine.Queue.GetStatsAsync(QueueNames.Deliver, default)).Depth.Should().Be(1);
        (await _engine.Queue.DeleteAsync(job, default)).Should().BeFalse("the job is gone already");
    }

    [Fact]
    public async Task ApplyAsync_JobLeasedToAnotherReceiveSince_AppliesTheUpdateAndLeavesTheJobToItsHolder()
    {
        var message = await AcceptAsync();
        var expired = await ReceiveRouteJobAsync();
        _engine.Clock.Advance(TimeSpan.FromMinutes(6));
        var current = await ReceiveRouteJobAsync();

        var deleted = await _engine.Store.ApplyAsync(new MessageUpdate(message.Id) { Status = MessageStatus.Routed, CompletesJob = expired }, default);

        deleted.Should().BeFalse();
        (await _engine.Store.FindAsync(message.Id, default))!.Status.Should().Be(MessageStatus.Routed);
        (await _engine.Queue.DeleteAsync(current, default)).Should().BeTrue("the later receive still holds the job");
    }

    [Fact]
    public async Task ApplyAsync_UpdateFailsWithItsJob_KeepsTheJob()
    {
        await AcceptAsync();
        var job = await ReceiveRouteJobAsync();

        var apply = () => _engine.Store.ApplyAsync(new MessageUpdate("missing") { Status = MessageStatus.Routed, CompletesJob = job }, default);

        await apply.Should().ThrowAsync<KeyNotFoundException>();
        (await _engine.Queue.DeleteAsync(job, default)).Should().BeTrue("a failed step must leave its job to be received again");
    }

    private async Task<LeasedMessage> ReceiveRouteJobAsync() =>
        (await _engine.Queue.ReceiveAsync(QueueNames.Route, 1, TimeSpan.FromMinutes(5), default)).Should().ContainSingle().Subject;

    private async Task ShouldBeUntouchedAsync(string messageId)
    {
        var stored = await _engine.Store.FindAsync(messageId, default);
        stored!.Status.Should().Be(MessageStatus.Received);
        stored.Timeline.Should().ContainSingle();
        stored.Deliveries.Should().BeEmpty();
        (await _engine.Queue.GetStatsAsync(QueueNames.Deliver, default)).Depth.Should().Be(0);
    }

    private async Task<IncomingMessage> AcceptAsync()
    {
        var message = TestMessages.Incoming();
        await _engine.Store.AcceptAsync(message, TestMessages.RouteJob(message), default);
        return message;
    }

    private static DeliveryRecord Delivery(string destination, DeliveryStatus status, DateTimeOffset at) =>
        new(destination, status, 0, null, "key-" + destination, at);
}
