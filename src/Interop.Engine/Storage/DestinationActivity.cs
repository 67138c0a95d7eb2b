namespace Interop.Engine.Storage;

/// <summary>What one destination did in a time range.</summary>
/// <param name="Destination">The destination id.</param>
/// <param name="Pending">Deliveries not finished yet (pending or retrying).</param>
/// <param name="Delivered">Deliveries the destination accepted.</param>
/// <param name="DeadLettered">Deliveries that failed for good.</param>
/// <param name="Attempts">HTTP attempts made.</param>
/// <param name="FailedAttempts">Attempts that did not succeed (error status, timeout, network failure).</param>
/// <param name="LatencyP50Ms">The median attempt latency, or null without attempts.</param>
/// <param name="LatencyP95Ms">The 95th percentile attempt latency, or null without attempts.</param>
public sealed record DestinationActivity(
    string Destination,
    int Pending,
    int Delivered,
    int DeadLettered,
    int Attempts,
    int FailedAttempts,
    double? LatencyP50Ms,
    double? LatencyP95Ms);
