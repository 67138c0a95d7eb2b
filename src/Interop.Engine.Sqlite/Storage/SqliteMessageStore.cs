using Interop.Engine.Messages;
using Interop.Engine.Queues;
using Interop.Engine.Sqlite.Database;
using Interop.Engine.Sqlite.Queues;
using Interop.Engine.Storage;

namespace Interop.Engine.Sqlite.Storage;

/// <summary>The message store in the engine's SQLite database; its jobs go to the queues in the same commit.</summary>
internal sealed class SqliteMessageStore(SqliteDatabase database, TimeProvider time) : IMessageStore
{
    /// <summary>The ITK response code for a duplicate message.</summary>
    private const string DuplicateCode = "20007";

    public Task<AcceptResult> AcceptAsync(IncomingMessage message, QueueJob firstJob, IReadOnlyList<QueueJob> jobsIfDuplicate, CancellationToken cancellationToken)
    {
        ValidateMessage(message);
        QueueRules.Validate(firstJob, nameof(firstJob));
        ValidateJobs(jobsIfDuplicate, nameof(jobsIfDuplicate));
        return database.WriteAsync(session =>
        {
            var now = time.GetUtcNow();
            var original = MessageCommands.FindOriginal(session, message);
            if (original is not null)
            {
                MessageCommands.Insert(session, message, MessageStatus.Duplicate, original);
                MessageCommands.AppendTimeline(session, message.Id, new TimelineEntry(
                    now, "receive", "duplicate", DuplicateCode, $"Repeats message {original}."));
                Enqueue(session, jobsIfDuplicate, now);
                return new AcceptResult(message.Id, original);
            }

            MessageCommands.Insert(session, message, MessageStatus.Received, duplicateOf: null);
            MessageCommands.AppendTimeline(session, message.Id, new TimelineEntry(now, "receive", "ok"));
            QueueCommands.Enqueue(session, firstJob, now);
            return new AcceptResult(message.Id, null);
        }, cancellationToken);
    }

    public Task RejectAsync(IncomingMessage message, TimelineEntry reason, IReadOnlyList<QueueJob> jobs, CancellationToken cancellationToken)
    {
        ValidateMessage(message);
        ArgumentNullException.ThrowIfNull(reason);
        ValidateJobs(jobs, nameof(jobs));
        return database.WriteAsync(session =>
        {
            MessageCommands.Insert(session, message, MessageStatus.Rejected, duplicateOf: null);
            MessageCommands.AppendTimeline(session, message.Id, reason);
            Enqueue(session, jobs, time.GetUtcNow());
            return true;
        }, cancellationToken);
    }

    public Task<bool> ApplyAsync(MessageUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentException.ThrowIfNullOrEmpty(update.MessageId, nameof(update));
        ValidateJobs([.. update.Jobs, .. update.JobsWhenFinal], nameof(update));

        return database.WriteAsync(session =>
        {
            var receivedAt = MessageCommands.FindReceivedAt(session, update.MessageId)
                ?? throw new KeyNotFoundException($"No message {update.MessageId}.");
            var before = MessageCommands.FindStatus(session, update.MessageId);
            if (update.Status is { } status)
            {
                MessageCommands.SetStatus(session, update.MessageId, status);
            }

            foreach (var entry in update.Timeline)
            {
                MessageCommands.AppendTimeline(session, update.MessageId, entry);
            }

            foreach (var delivery in update.Deliveries)
            {
                MessageCommands.UpsertDelivery(session, update.MessageId, receivedAt, delivery);
            }

            var after = before;
            if (update.Status is { } set)
            {
                after = set;
            }
            else if (update.DeriveStatusFromDeliveries)
            {
                after = MessageCommands.StatusFromDeliveries(session, update.MessageId);
                MessageCommands.SetStatus(session, update.MessageId, after);
            }

            var now = time.GetUtcNow();
            var becameFinal = !IsFinal(before) && IsFinal(after);
            foreach (var job in becameFinal ? update.Jobs.Concat(update.JobsWhenFinal) : update.Jobs)
            {
                QueueCommands.Enqueue(session, job, now);
            }

            // Deletes only a job of this database's queues still held under the same lease.
            return update.CompletesJob is { } done && QueueCommands.Delete(session, done);
        }, cancellationToken);
    }

    public Task<StoredMessage?> FindAsync(string messageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messageId);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(database.Read(connection => MessageReads.Find(connection, messageId)));
    }

    public Task<byte[]?> ReadPayloadAsync(string messageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messageId);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(database.Read(connection => MessageReads.ReadPayload(connection, messageId)));
    }

    public Task<MessagePage> SearchAsync(MessageQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        var after = query.ContinuationToken is null ? (ContinuationToken?)null : ContinuationToken.Parse(query.ContinuationToken, nameof(query));
        return Task.FromResult(database.Read(connection => MessageSearch.Search(connection, query, after)));
    }

    // Checked before the writer, so a bad job fails its whole operation and nothing else in the batch.
    private static void ValidateJobs(IReadOnlyList<QueueJob> jobs, string name)
    {
        ArgumentNullException.ThrowIfNull(jobs, name);
        foreach (var job in jobs)
        {
            QueueRules.Validate(job, name);
        }
    }

    private static void Enqueue(WriteSession session, IReadOnlyList<QueueJob> jobs, DateTimeOffset now)
    {
        foreach (var job in jobs)
        {
            QueueCommands.Enqueue(session, job, now);
        }
    }

    private static bool IsFinal(MessageStatus status) =>
        status is MessageStatus.Delivered or MessageStatus.PartiallyDelivered or MessageStatus.DeadLettered;

    private static void ValidateMessage(IncomingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrEmpty(message.Id, nameof(message));
        ArgumentException.ThrowIfNullOrEmpty(message.ClientId, nameof(message));
        ArgumentNullException.ThrowIfNull(message.Envelope, nameof(message));
    }
}
