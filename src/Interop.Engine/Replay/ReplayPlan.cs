using Interop.Engine.Routing;

namespace Interop.Engine.Replay;

/// <summary>What replaying one message would do, or did: where it goes now, or why it cannot.</summary>
/// <param name="MessageId">The message replayed.</param>
/// <param name="Destinations">Where routing sends it today, with each destination's URL.</param>
/// <param name="Issue">Why it would not be routed, or null.</param>
/// <param name="ReplayId">The new message's id, when it was replayed (null for a dry run).</param>
public sealed record ReplayPlan(string MessageId, IReadOnlyList<ReplayTarget> Destinations, RouteIssue? Issue, string? ReplayId);
