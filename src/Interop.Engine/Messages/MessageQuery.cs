namespace Interop.Engine.Messages;

/// <summary>A search over stored messages; every filter is optional, results newest first.</summary>
/// <param name="Status">Only messages in this status.</param>
/// <param name="Event">Only this event code.</param>
/// <param name="Sender">Only this sender ODS code.</param>
/// <param name="Destination">Only messages with a delivery to this destination.</param>
/// <param name="NhsNumber">Only this patient.</param>
/// <param name="From">Received at or after.</param>
/// <param name="To">Received before.</param>
/// <param name="DocumentId">Only messages carrying this document (its Composition's identifier).</param>
/// <param name="Limit">Page size (1–500).</param>
/// <param name="ContinuationToken">Opaque token from the previous page.</param>
/// <param name="DeadLetterReason">Only messages with a delivery dead-lettered with this last error code (to <paramref name="Destination"/> when given).</param>
public sealed record MessageQuery(
    MessageStatus? Status = null,
    string? Event = null,
    string? Sender = null,
    string? Destination = null,
    string? NhsNumber = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    string? DocumentId = null,
    int Limit = 50,
    string? ContinuationToken = null,
    string? DeadLetterReason = null)
{
    /// <summary>Only replays of this message (replays link to the first original, so a replay of a replay is found under it).</summary>
    public string? ReplayOf { get; init; }
}
