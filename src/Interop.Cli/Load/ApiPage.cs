namespace Interop.Cli.Load;

/// <summary>The part of a <c>GET /api/messages</c> page the load tool reads.</summary>
internal sealed record ApiPage(IReadOnlyList<ApiSummary> Items, string? ContinuationToken);
