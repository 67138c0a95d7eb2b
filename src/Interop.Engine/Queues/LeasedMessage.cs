namespace Interop.Engine.Queues;

/// <summary>A job received from a queue: invisible to other consumers until its visibility timeout ends.</summary>
/// <param name="Queue">The queue it came from.</param>
/// <param name="Id">The queue message id.</param>
/// <param name="PopReceipt">Proves this receive; needed to delete or extend it, and stale once it is received again.</param>
/// <param name="DequeueCount">How many times it has been received, this time included.</param>
/// <param name="Body">The job's text.</param>
/// <param name="InsertedAt">When it was enqueued.</param>
public sealed record LeasedMessage(string Queue, string Id, string PopReceipt, int DequeueCount, string Body, DateTimeOffset InsertedAt);
