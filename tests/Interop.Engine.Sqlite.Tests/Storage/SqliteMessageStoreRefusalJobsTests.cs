using Interop.Engine.Messages;
using Interop.Engine.Queues;
using Interop.Engine.Sqlite.Tests.Support;

namespace Interop.Engine.Sqlite.Tests.Storage;

/// <summary>The jobs a duplicate or a refusal brings (its negative acknowledgement) are stored with its record.</summary>
public sealed class SqliteMessageStoreRefusalJobsTests : IDisposable
{
    private readonly TestEngine _engine = new();

    public void Dispose() => _engine.Dispose();

    [Fact]
    public async Task AcceptAsync_DuplicateWithJobsIfDuplicate_EnqueuesThemAndNotTheFirstJob()
    {
        var original = TestMessages.Incoming(headerId: "header-1");
        var repeat = TestMessages.Incoming(headerId: "header-1");
        await _engine.Store.AcceptAsync(original, TestMessages.RouteJob(original), [AckJob(original)], default);

        var result = await _engine.Store.AcceptAsync(repeat, TestMessages.RouteJob(repeat), [AckJob(repeat)], default);

        result.DuplicateOf.Should().Be(original.Id);
        var acks = await _engine.Queue.ReceiveAsync(QueueNames.Acknowledge, 32, TimeSpan.FromMinutes(1), default);
        acks.Should().ContainSingle().Which.Body.Should().Be(AckJob(repeat).Body);
        (await _engine.Queue.GetStatsAsync(QueueNames.Route, default)).Depth.Should().Be(1, "only the original goes on");
    }

    [Fact]
    public async Task RejectAsync_WithJobs_StoresTheRefusalAndEnqueuesThem()
    {
        var message = TestMessages.Incoming(headerId: "header-1");

        await _engine.Store.RejectAsync(message, new TimelineEntry(_engine.Clock.GetUtcNow(), "receive", "rejected", "RCV403"), [AckJob(message)], default);

        (await _engine.Store.FindAsync(message.Id, default))!.Status.Should().Be(MessageStatus.Rejected);
        var acks = await _engine.Queue.ReceiveAsync(QueueNames.Acknowledge, 32, TimeSpan.FromMinutes(1), default);
        acks.Should().ContainSingle().Which.Body.Should().Be(AckJob(message).Body);
    }

    [Fact]
    public async Task RejectAsync_JobBodyOver64KB_ThrowsAndStoresNothing()
    {
        var message = TestMessages.Incoming();

        var reject = () => _engine.Store.RejectAsync(message, new TimelineEntry(_engine.Clock.GetUtcNow(), "receive", "rejected", "RCV403"),
            [new QueueJob(QueueNames.Acknowledge, TestMessages.Body(QueueJob.MaxBodyBytes + 1))], default);

        await reject.Should().ThrowAsync<ArgumentException>();
        (await _engine.Store.FindAsync(message.Id, default)).Should().BeNull();
    }

    private static QueueJob AckJob(IncomingMessage message) => new(QueueNames.Acknowledge, $"{{\"messageId\":\"{message.Id}\"}}");
}
