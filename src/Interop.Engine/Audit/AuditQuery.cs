namespace Interop.Engine.Audit;

/// <summary>A search over the audit log; every filter is optional, results newest first.</summary>
/// <param name="MessageId">Only entries about this message.</param>
/// <param name="Actor">Only this operator's entries.</param>
/// <param name="Action">Only this action.</param>
/// <param name="From">At or after.</param>
/// <param name="To">Before.</param>
/// <param name="Limit">Page size (1–500).</param>
/// <param name="ContinuationToken">Opaque token from the previous page.</param>
public sealed record AuditQuery(
    string? MessageId = null,
    string? Actor = null,
    AuditAction? Action = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int Limit = 50,
    string? ContinuationToken = null);
