namespace Interop.Engine.Storage;

/// <summary>Throughput in one time bucket.</summary>
/// <param name="Start">The bucket's start; it lasts until the next bucket's.</param>
/// <param name="Received">Messages received, whatever became of them.</param>
/// <param name="Delivered">Deliveries that ended delivered.</param>
/// <param name="Rejected">Messages received that were rejected.</param>
/// <param name="DeadLettered">Deliveries that ended dead-lettered.</param>
public sealed record ThroughputBucket(DateTimeOffset Start, int Received, int Delivered, int Rejected, int DeadLettered);
