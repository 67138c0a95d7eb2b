namespace Interop.Engine.Queues;

/// <summary>A job to put on a queue: a small reference (ids, never a payload), at most 64 KB as Azure Storage Queues allow.</summary>
/// <param name="Queue">The queue name (<see cref="QueueNames"/>): lower case letters, digits and hyphens, 3–63 characters.</param>
/// <param name="Body">The job's text, usually JSON.</param>
/// <param name="VisibilityDelay">How long before the job can be received (a retry's backoff).</param>
public sealed record QueueJob(string Queue, string Body, TimeSpan VisibilityDelay = default)
{
    /// <summary>The largest body a queue accepts, in UTF-8 bytes (Azure Storage Queues' limit).</summary>
    public const int MaxBodyBytes = 64 * 1024;
}
