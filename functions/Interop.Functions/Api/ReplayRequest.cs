namespace Interop.Functions.Api;

/// <summary>The body of a bulk replay of dead letters: filters and whether to only show what would happen.</summary>
/// <remarks><c>reason</c> keeps only messages whose delivery (to <c>destination</c>, when given) was dead-lettered with that last error code.</remarks>
internal sealed record ReplayRequest(bool DryRun = true, string? Event = null, string? Sender = null, string? Destination = null, DateTimeOffset? From = null, DateTimeOffset? To = null, string? Reason = null);
