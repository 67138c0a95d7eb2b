namespace Interop.Engine.Routing;

/// <summary>Where the routing rules are; bound from <c>Interop:Routing</c>.</summary>
public sealed class RoutingOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Interop:Routing";

    /// <summary>The rules file, YAML or JSON (<see cref="RoutingTable"/>); required. A relative path is relative to the working directory.</summary>
    public string File { get; set; } = "";
}
