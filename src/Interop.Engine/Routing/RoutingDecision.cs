namespace Interop.Engine.Routing;

/// <summary>Where a message goes, or why it cannot go anywhere.</summary>
/// <param name="Destinations">Each destination once, in rule order.</param>
/// <param name="Issue">Why routing failed, or null.</param>
public sealed record RoutingDecision(IReadOnlyList<RoutedDestination> Destinations, RouteIssue? Issue);
