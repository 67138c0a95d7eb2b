namespace Interop.Engine.Storage;

/// <summary>The dead letters in a time range.</summary>
/// <param name="Total">Dead-lettered deliveries in the range.</param>
/// <param name="Groups">Those deliveries grouped by reason, destination and event, biggest group first.</param>
public sealed record DeadLetterSummary(int Total, IReadOnlyList<DeadLetterGroup> Groups);
