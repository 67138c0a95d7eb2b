using Interop.Engine.Messages;
using Interop.Engine.Sqlite.Database;
using Interop.Engine.Sqlite.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Interop.Engine.Sqlite.Tests.Database;

public sealed class SqliteWriterTests : IDisposable
{
    private readonly TestEngine _engine = new();

    public void Dispose() => _engine.Dispose();

    [Fact]
    public async Task WriteAsync_OneInvalidOperationInABatch_OthersStillCommit()
    {
        // Hold the writer so every accept below is waiting when it is let go: they are then committed as one batch.
        using var release = new ManualResetEventSlim();
        var gate = _engine.Database.WriteAsync(_ => release.Wait(TimeSpan.FromSeconds(30)), default);
        var messages = Enumerable.Range(0, 31).Select(_ => TestMessages.Incoming()).ToList();
        var accepts = messages.Select(m => _engine.Store.AcceptAsync(m, TestMessages.RouteJob(m), default)).ToList();
        // Same id as the first message: passes every check before the writer and fails on the primary key inside it.
        var clash = TestMessages.Incoming() with { Id = messages[0].Id };
        var clashing = _engine.Store.AcceptAsync(clash, TestMessages.RouteJob(clash), default);

        release.Set();
        await gate;
        var failure = await Assert.ThrowsAsync<SqliteException>(() => clashing);
        await Task.WhenAll(accepts);

        failure.SqliteErrorCode.Should().Be(19); // SQLITE_CONSTRAINT
        foreach (var message in messages)
        {
            (await _engine.Store.FindAsync(message.Id, default))!.ClientId.Should().Be(message.ClientId);
        }

        (await _engine.Queue.GetStatsAsync(Interop.Engine.Queues.QueueNames.Route, default)).Depth.Should().Be(messages.Count);
    }

    [Fact]
    public async Task WriteAsync_CancelledBeforeItRuns_IsNotApplied()
    {
        using var release = new ManualResetEventSlim();
        using var cancellation = new CancellationTokenSource();
        var gate = _engine.Database.WriteAsync(_ => release.Wait(TimeSpan.FromSeconds(30)), default);
        var message = TestMessages.Incoming();
        var accept = _engine.Store.AcceptAsync(message, TestMessages.RouteJob(message), cancellation.Token);

        await cancellation.CancelAsync();
        release.Set();
        await gate;

        await accept.Invoking(a => a).Should().ThrowAsync<OperationCanceledException>();
        (await _engine.Store.FindAsync(message.Id, default)).Should().BeNull();
    }

    [Fact]
    public async Task Open_WriterConnection_IsWalWithFullSynchronousForeignKeysAnd2KBPages()
    {
        var settings = await _engine.Database.WriteAsync(
            session => (
                Mode: (string)session.Command("PRAGMA journal_mode").ExecuteScalar()!,
                Synchronous: (long)session.Command("PRAGMA synchronous").ExecuteScalar()!,
                ForeignKeys: (long)session.Command("PRAGMA foreign_keys").ExecuteScalar()!,
                PageSize: (long)session.Command("PRAGMA page_size").ExecuteScalar()!),
            default);

        settings.Should().Be(("wal", 2L, 1L, 2048L)); // synchronous 2 = FULL
    }

    [Fact]
    public async Task Reopen_AfterCommits_EverythingCommittedIsThere()
    {
        var message = TestMessages.Incoming(bundleIdentifier: "bundle-1");
        await _engine.Store.AcceptAsync(message, TestMessages.RouteJob(message), default);
        await _engine.Store.ApplyAsync(new MessageUpdate(message.Id)
        {
            Status = MessageStatus.Routed,
            Deliveries = [new DeliveryRecord("gp-a81001", DeliveryStatus.Pending, 0, null, "key", _engine.Clock.GetUtcNow())],
        }, default);

        _engine.Reopen();
        var repeat = TestMessages.Incoming(bundleIdentifier: "bundle-1");
        var result = await _engine.Store.AcceptAsync(repeat, TestMessages.RouteJob(repeat), default);

        var stored = await _engine.Store.FindAsync(message.Id, default);
        stored!.Status.Should().Be(MessageStatus.Routed);
        stored.Deliveries.Should().ContainSingle();
        (await _engine.Store.ReadPayloadAsync(message.Id, default)).Should().Equal(message.Payload.ToArray());
        (await _engine.Queue.ReceiveAsync(Interop.Engine.Queues.QueueNames.Route, 32, TimeSpan.FromMinutes(1), default)).Should().ContainSingle();
        result.DuplicateOf.Should().Be(message.Id);
    }

    [Fact]
    public void Reopen_SchemaAlreadyCurrent_MigrationIsANoOp()
    {
        _engine.Reopen();
        _engine.Reopen();

        using var connection = _engine.OpenConnection();
        Scalar(connection, "PRAGMA user_version").Should().Be((long)SchemaMigrations.LatestVersion);
        Scalar(connection, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'").Should().Be(6L, "messages, message_payloads, deliveries, timeline, queue_messages and audit");
    }

    [Fact]
    public void Reopen_DatabaseFromANewerEngine_RefusesToOpen()
    {
        using (var connection = _engine.OpenConnection())
        {
            Scalar(connection, "PRAGMA user_version = 99");
        }

        var reopen = () => _engine.Reopen();

        reopen.Should().Throw<InvalidOperationException>();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
