namespace Interop.Cli.Load;

/// <summary>The part of <c>GET /api/messages/{id}</c> the load tool reads: status, arrival and timeline.</summary>
internal sealed record ApiMessage(string Id, string Status, DateTimeOffset ReceivedAt, IReadOnlyList<ApiTimelineEntry> Timeline);
