namespace Interop.Engine.Queues;

/// <summary>A queue's depth and the age of its oldest job, for metrics and the console.</summary>
/// <param name="Queue">The queue.</param>
/// <param name="Depth">Jobs in the queue, visible or not.</param>
/// <param name="OldestInsertedAt">When the oldest job was enqueued, or null when empty.</param>
public sealed record QueueStats(string Queue, int Depth, DateTimeOffset? OldestInsertedAt);
