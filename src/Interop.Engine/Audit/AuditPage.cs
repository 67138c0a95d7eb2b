namespace Interop.Engine.Audit;

/// <summary>One page of an audit search.</summary>
/// <param name="Items">The entries, newest first.</param>
/// <param name="ContinuationToken">Pass it back for the next page; null on the last page.</param>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Items, string? ContinuationToken);
