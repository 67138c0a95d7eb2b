namespace Interop.Engine.Queues;

/// <summary>
/// Durable queues with Azure Storage Queue semantics: at-least-once delivery, a visibility timeout per receive, a
/// dequeue count, pop receipts, bodies of at most 64 KB. Consumers must be idempotent.
/// </summary>
public interface IMessageQueue
{
    /// <summary>Adds a job; it becomes visible after its <see cref="QueueJob.VisibilityDelay"/>. Throws <see cref="ArgumentException"/> for a body over 64 KB.</summary>
    Task EnqueueAsync(QueueJob job, CancellationToken cancellationToken);

    /// <summary>Receives up to <paramref name="maxMessages"/> visible jobs, oldest first, hiding each for <paramref name="visibilityTimeout"/>.</summary>
    Task<IReadOnlyList<LeasedMessage>> ReceiveAsync(string queue, int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken);

    /// <summary>Deletes a received job; false when its pop receipt is stale (the lease ran out and someone else received it).</summary>
    Task<bool> DeleteAsync(LeasedMessage message, CancellationToken cancellationToken);

    /// <summary>Hides a received job for <paramref name="visibilityTimeout"/> from now; returns it with a new pop receipt, or null when the receipt is stale.</summary>
    Task<LeasedMessage?> UpdateVisibilityAsync(LeasedMessage message, TimeSpan visibilityTimeout, CancellationToken cancellationToken);

    /// <summary>The queue's depth and oldest job.</summary>
    Task<QueueStats> GetStatsAsync(string queue, CancellationToken cancellationToken);
}
