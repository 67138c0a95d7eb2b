using Interop.Engine.Queues;
using Interop.Engine.Sqlite.Database;

namespace Interop.Engine.Sqlite.Queues;

/// <summary>Durable queues in the engine's SQLite database, with Azure Storage Queue semantics.</summary>
internal sealed class SqliteMessageQueue(SqliteDatabase database, TimeProvider time) : IMessageQueue
{
    public Task EnqueueAsync(QueueJob job, CancellationToken cancellationToken)
    {
        QueueRules.Validate(job, nameof(job));
        return database.WriteAsync(session =>
        {
            QueueCommands.Enqueue(session, job, time.GetUtcNow());
            return true;
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<LeasedMessage>> ReceiveAsync(string queue, int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken)
    {
        QueueRules.ValidateName(queue, nameof(queue));
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxMessages, QueueRules.MaxReceive);
        ArgumentOutOfRangeException.ThrowIfLessThan(visibilityTimeout, TimeSpan.Zero);

        // Idle consumers poll often: looking first on a read connection keeps empty polls from costing a durable commit.
        if (!database.Read(connection => QueueCommands.AnyVisible(connection, queue, time.GetUtcNow())))
        {
            return [];
        }

        return await database.WriteAsync(
            session => QueueCommands.Receive(session, queue, maxMessages, time.GetUtcNow(), visibilityTimeout),
            cancellationToken).ConfigureAwait(false);
    }

    public Task<bool> DeleteAsync(LeasedMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return database.WriteAsync(session => QueueCommands.Delete(session, message), cancellationToken);
    }

    public Task<LeasedMessage?> UpdateVisibilityAsync(LeasedMessage message, TimeSpan visibilityTimeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentOutOfRangeException.ThrowIfLessThan(visibilityTimeout, TimeSpan.Zero);
        return database.WriteAsync(
            session => QueueCommands.UpdateVisibility(session, message, time.GetUtcNow(), visibilityTimeout),
            cancellationToken);
    }

    public Task<QueueStats> GetStatsAsync(string queue, CancellationToken cancellationToken)
    {
        QueueRules.ValidateName(queue, nameof(queue));
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(database.Read(connection => QueueCommands.Stats(connection, queue)));
    }
}
