namespace Interop.Engine.Routing;

/// <summary>The routing rules file: every rule that matches a message adds its destinations.</summary>
public sealed class RoutingTable
{
    /// <summary>The rules, in the order they are listed.</summary>
    public List<RouteRule> Routes { get; set; } = [];
}
