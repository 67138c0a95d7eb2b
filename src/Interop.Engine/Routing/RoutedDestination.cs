namespace Interop.Engine.Routing;

/// <summary>A destination routing chose, with the rule and the reason, for the timeline.</summary>
/// <param name="DestinationId">The destination's id.</param>
/// <param name="Route">The rule's name.</param>
/// <param name="Reason">Why, e.g. "registered GP practice A81001"; ODS codes only, no patient data.</param>
/// <param name="Mapping">The mapping the rule asks for (<see cref="RouteMappings"/>), or null for the message itself.</param>
public sealed record RoutedDestination(string DestinationId, string Route, string Reason, string? Mapping = null);
