namespace Interop.Engine.Messages;

/// <summary>A message in a search result: enough for a list row.</summary>
public sealed record MessageSummary(
    string Id,
    DateTimeOffset ReceivedAt,
    string ClientId,
    string? Event,
    string? SenderOds,
    MessageStatus Status,
    IReadOnlyList<string> Destinations,
    string? ReplayOf);
