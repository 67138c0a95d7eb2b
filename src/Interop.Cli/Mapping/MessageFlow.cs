using Interop.Engine.Routing;

namespace Interop.Cli.Mapping;

/// <summary>A clinical flow <c>interop map --flow</c> names: which messages belong to it and the mapping it asks for.</summary>
/// <param name="Name">The flow's name, as in <c>mappings/</c>.</param>
/// <param name="Events">The events of its messages; empty for any.</param>
/// <param name="Mapping">The route mapping it applies to a destination given with <c>--to</c>; null for the message itself (a Shared Care Record destination maps it anyway).</param>
internal sealed record MessageFlow(string Name, IReadOnlyList<string> Events, string? Mapping)
{
    /// <summary>The four flows of DESIGN.md.</summary>
    public static IReadOnlyList<MessageFlow> All { get; } =
    [
        new("update-record", ["ITK014M"], null),
        new("discharge-medicines", ["ITK003D"], RouteMappings.DischargeMedicines),
        new("shared-care-record", [], null),
        new("bars", ["servicerequest-request"], null),
    ];

    /// <summary>Whether a message with <paramref name="eventCode"/> belongs to the flow.</summary>
    public bool Accepts(string? eventCode) => Events.Count == 0 || Events.Contains(eventCode ?? "", StringComparer.Ordinal);
}
