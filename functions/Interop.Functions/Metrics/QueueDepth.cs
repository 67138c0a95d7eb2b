namespace Interop.Functions.Metrics;

/// <summary>A queue's depth and how long its oldest job has waited, as <c>/metrics</c> and <c>/api/destinations</c> show them.</summary>
/// <param name="Queue">The queue name.</param>
/// <param name="Depth">Jobs in the queue, visible or not.</param>
/// <param name="OldestAgeSeconds">How long the oldest job has waited; 0 when the queue is empty.</param>
internal sealed record QueueDepth(string Queue, int Depth, double OldestAgeSeconds);
