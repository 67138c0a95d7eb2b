using Interop.Engine.Messages;
using Interop.Engine.Queues;

namespace Interop.Engine.Storage;

/// <summary>
/// The durable record of every message: payload as received, metadata, deliveries and timeline. Every method that
/// changes something commits before it returns, so a 2xx sent after it can never be lost.
/// </summary>
public interface IMessageStore
{
    /// <summary>
    /// Stores a new message with status Received and a "receive" timeline entry, and enqueues <paramref name="firstJob"/>
    /// in the same commit. A message whose sender (SenderOds, else ClientId) already sent the same MessageHeader.id or
    /// Bundle.identifier is stored with status Duplicate instead, links to the original, and enqueues
    /// <paramref name="jobsIfDuplicate"/> (its negative acknowledgement) in that commit instead.
    /// Replays (<see cref="IncomingMessage.ReplayOf"/> set) are never duplicates.
    /// </summary>
    Task<AcceptResult> AcceptAsync(IncomingMessage message, QueueJob firstJob, IReadOnlyList<QueueJob> jobsIfDuplicate, CancellationToken cancellationToken);

    /// <summary>Stores a new message as <see cref="AcceptAsync(IncomingMessage, QueueJob, IReadOnlyList{QueueJob}, CancellationToken)"/> does, enqueueing nothing for a duplicate.</summary>
    Task<AcceptResult> AcceptAsync(IncomingMessage message, QueueJob firstJob, CancellationToken cancellationToken) =>
        AcceptAsync(message, firstJob, [], cancellationToken);

    /// <summary>
    /// Stores a message refused at the door with status Rejected and <paramref name="reason"/> on its timeline, and enqueues
    /// <paramref name="jobs"/> (its negative acknowledgement) in the same commit.
    /// </summary>
    Task RejectAsync(IncomingMessage message, TimelineEntry reason, IReadOnlyList<QueueJob> jobs, CancellationToken cancellationToken);

    /// <summary>The message with its deliveries and timeline, or null.</summary>
    Task<StoredMessage?> FindAsync(string messageId, CancellationToken cancellationToken);

    /// <summary>The payload exactly as received, or null when there is no such message.</summary>
    Task<byte[]?> ReadPayloadAsync(string messageId, CancellationToken cancellationToken);

    /// <summary>
    /// Applies <paramref name="update"/> in one transaction; throws <see cref="KeyNotFoundException"/> for an unknown message.
    /// Returns whether the transaction also deleted <see cref="MessageUpdate.CompletesJob"/>: false when there is none, when
    /// this store does not keep its queue, or when its lease has passed to another receive; the caller then deletes it itself.
    /// </summary>
    Task<bool> ApplyAsync(MessageUpdate update, CancellationToken cancellationToken);

    /// <summary>One page of messages matching <paramref name="query"/>, newest first.</summary>
    Task<MessagePage> SearchAsync(MessageQuery query, CancellationToken cancellationToken);
}
