using Interop.Engine.Messages;
using Interop.Engine.Queues;
using Interop.Engine.Sqlite.Storage;
using Interop.Engine.Sqlite.Tests.Support;

namespace Interop.Engine.Sqlite.Tests.Storage;

public sealed class SqliteMessageStoreAcceptTests : IDisposable
{
    private readonly TestEngine _engine = new();

    public void Dispose() => _engine.Dispose();

    [Fact]
    public async Task AcceptAsync_NewMessage_StoresReceivedWithTimelineAndEnqueuesFirstJob()
    {
        var message = TestMessages.Incoming(bundleIdentifier: "bundle-1");

        var result = await _engine.Store.AcceptAsync(message, TestMessages.RouteJob(message), default);

        result.Should().Be(new AcceptResult(message.Id, null));
        var stored = await _engine.Store.FindAsync(message.Id, default);
        stored!.Status.Should().Be(MessageStatus.Received);
        stored.Envelope.Should().Be(message.Envelope);
        stored.ReceivedAt.Should().Be(message.ReceivedAt);
        stored.Timeline.Should().ContainSingle().Which.Should().Match<TimelineEntry>(e => e.Step == "receive" && e.Outcome == "ok");
        (await _engine.Store.ReadPayloadAsync(message.Id, default)).Should().Equal(message.Payload.ToArray());
        var jobs = await _engine.Queue.ReceiveAsync(QueueNames.Route, 32, TimeSpan.FromMinutes(1), default);
        jobs.Should().ContainSingle().Which.Body.Should().Be(TestMessages.RouteJob(message).Body);
    }

    [Fact]
    public async Task AcceptAsync_SameHeaderIdFromSameSender_StoresDuplicateAndEnqueuesNothing()
    {
        var original = TestMessages.Incoming(headerId: "header-1");
        var repeat = TestMessages.Incoming(headerId: "header-1");
        await _engine.Store.AcceptAsync(original, TestMessages.RouteJob(original), default);

        var result = await _engine.Store.AcceptAsync(repeat, TestMessages.RouteJob(repeat), default);

        result.DuplicateOf.Should().Be(original.Id);
        var stored = await _engine.Store.FindAsync(repeat.Id, default);
        stored!.Status.Should().Be(MessageStatus.Duplicate);
        stored.Timeline.Should().ContainSingle().Which.Should().Match<TimelineEntry>(
            e => e.Step == "receive" && e.Outcome == "duplicate" && e.Code == "20007");
        (await _engine.Queue.GetStatsAsync(QueueNames.Route, default)).Depth.Should().Be(1);
    }

    [Fact]
    public async Task AcceptAsync_SameBundleIdentifierWithNewHeaderId_IsDuplicate()
    {
        var original = TestMessages.Incoming(bundleIdentifier: "bundle-1");
        var repeat = TestMessages.Incoming(bundleIdentifier: "bundle-1");
        await _engine.Store.AcceptAsync(original, TestMessages.RouteJob(original), default);

        var result = await _engine.Store.AcceptAsync(repeat, TestMessages.RouteJob(repeat), default);

        result.DuplicateOf.Should().Be(original.Id);
    }

    [Fact]
    public async Task AcceptAsync_SameHeaderIdFromDifferentSender_IsNotDuplicate()
    {
        var original = TestMessages.Incoming(headerId: "header-1", senderOds: "FQW30");
        var other = TestMessages.Incoming(headerId: "header-1", senderOds: "RBT");
        await _engine.Store.AcceptAsync(original, TestMessages.RouteJob(original), default);

        var result = await _engine.Store.AcceptAsync(other, TestMessages.RouteJob(other), default);

        result.IsDuplicate.Should().BeFalse();
    }

    [Fact]
    public async Task AcceptAsync_NoSenderOds_DeduplicatesByClientId()
    {
        var original = TestMessages.Incoming(headerId: "header-1", senderOds: null, clientId: "client-a");
        var sameClient = TestMessages.Incoming(headerId: "header-1", senderOds: null, clientId: "client-a");
        var otherClient = TestMessages.Incoming(headerId: "header-1", senderOds: null, clientId: "client-b");
        await _engine.Store.AcceptAsync(original, TestMessages.RouteJob(original), default);

        var same = await _engine.Store.AcceptAsync(sameClient, TestMessages.RouteJob(sameClient), default);
        var other = await _engine.Store.AcceptAsync(otherClient, TestMessages.RouteJob(otherClient), default);

        same.DuplicateOf.Should().Be(original.Id);
        other.IsDuplicate.Should().BeFalse();
    }

    [Fact]
    public async Task AcceptAsync_Replay_IsNotDuplicateAndDoesNotMakeLaterRepeatsDuplicatesOfIt()
    {
        var original = TestMessages.Incoming(headerId: "header-1");
        await _engine.Store.AcceptAsync(original, TestMessages.RouteJob(original), default);
        var replay = TestMessages.Incoming(headerId: "header-1", replayOf: original.Id);
        var repeat = TestMessages.Incoming(headerId: "header-1");

        var replayed = await _engine.Store.AcceptAsync(replay, TestMessages.RouteJob(replay), default);
        var repeated = await _engine.Store.AcceptAsync(repeat, TestMessages.RouteJob(repeat), default);

        replayed.IsDuplicate.Should().BeFalse();
        (await _engine.Store.FindAsync(replay.Id, default))!.ReplayOf.Should().Be(original.Id);
        repeated.DuplicateOf.Should().Be(original.Id);
    }

    [Fact]
    public async Task AcceptAsync_AfterRejectedMessageWithSameHeaderId_IsNotDuplicate()
    {
        var rejected = TestMessages.Incoming(headerId: "header-1");
        await _engine.Store.RejectAsync(rejected, new TimelineEntry(_engine.Clock.GetUtcNow(), "receive", "rejected", "20009"), [], default);
        var resent = TestMessages.Incoming(headerId: "header-1");

        var result = await _engine.Store.AcceptAsync(resent, TestMessages.RouteJob(resent), default);

        result.IsDuplicate.Should().BeFalse();
        var stored = await _engine.Store.FindAsync(rejected.Id, default);
        stored!.Status.Should().Be(MessageStatus.Rejected);
        stored.Timeline.Should().ContainSingle().Which.Code.Should().Be("20009");
        (await _engine.Queue.GetStatsAsync(QueueNames.Route, default)).Depth.Should().Be(1);
    }

    [Fact]
    public async Task AcceptAsync_OriginalLaterRejectedByRouting_NoLongerCountsForDedup()
    {
        var original = TestMessages.Incoming(headerId: "header-1");
        await _engine.Store.AcceptAsync(original, TestMessages.RouteJob(original), default);
        await _engine.Store.ApplyAsync(new MessageUpdate(original.Id) { Status = MessageStatus.Rejected }, default);
        var resent = TestMessages.Incoming(headerId: "header-1");

        var result = await _engine.Store.AcceptAsync(resent, TestMessages.RouteJob(resent), default);

        result.IsDuplicate.Should().BeFalse();
    }

    [Fact]
    public async Task AcceptAsync_JobBodyOver64KB_ThrowsAndStoresNothing()
    {
        var message = TestMessages.Incoming();

        var accept = () => _engine.Store.AcceptAsync(message, new QueueJob(QueueNames.Route, TestMessages.Body(QueueJob.MaxBodyBytes + 1)), default);

        await accept.Should().ThrowAsync<ArgumentException>();
        (await _engine.Store.FindAsync(message.Id, default)).Should().BeNull();
    }

    [Theory]
    [InlineData(MessageCommands.FindOriginalByHeader, "ix_messages_dedup_header")]
    [InlineData(MessageCommands.FindOriginalByBundle, "ix_messages_dedup_bundle")]
    public void DedupLookup_UsesItsPartialIndex(string sql, string index)
    {
        using var connection = _engine.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        command.Parameters.AddWithValue("$sender", "FQW30");
        command.Parameters.AddWithValue("$key", "key");
        using var reader = command.ExecuteReader();

        reader.Read().Should().BeTrue();
        reader.GetString(3).Should().Contain($"USING INDEX {index} (");
    }

    [Fact]
    public async Task FindAsync_UnknownId_ReturnsNull()
    {
        (await _engine.Store.FindAsync("missing", default)).Should().BeNull();
        (await _engine.Store.ReadPayloadAsync("missing", default)).Should().BeNull();
    }
}
