namespace Interop.Engine.Storage;

/// <summary>
/// Aggregates over stored messages for the console: dead letters by reason, activity per destination and throughput over
/// time. Every question is bounded by a time range, so its cost follows the range, not the size of the store.
/// </summary>
public interface IMessageStatistics
{
    /// <summary>
    /// Dead-lettered deliveries of messages received in [<paramref name="from"/>, <paramref name="to"/>), grouped by reason,
    /// destination and event, biggest group first.
    /// </summary>
    Task<DeadLetterSummary> GetDeadLettersAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>
    /// Per destination: its deliveries of messages received in [<paramref name="from"/>, <paramref name="to"/>) by status, and
    /// its HTTP attempts made in that range with their latency; destinations with nothing in the range are left out.
    /// </summary>
    Task<IReadOnlyList<DestinationActivity>> GetDestinationActivityAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>
    /// Messages received and rejected, and deliveries that ended delivered or dead-lettered, per <paramref name="bucket"/>
    /// (buckets are whole multiples of it since 0001-01-01 UTC) from the bucket holding <paramref name="from"/> to the one
    /// holding the instant before <paramref name="to"/>; every bucket is present, empty ones as zeros.
    /// </summary>
    Task<IReadOnlyList<ThroughputBucket>> GetThroughputAsync(DateTimeOffset from, DateTimeOffset to, TimeSpan bucket, CancellationToken cancellationToken);
}
