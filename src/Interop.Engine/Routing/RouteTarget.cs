namespace Interop.Engine.Routing;

/// <summary>A parsed <see cref="RouteRule.To"/> entry.</summary>
/// <param name="Kind">How the destination is found.</param>
/// <param name="DestinationId">For <see cref="RouteTargetKind.Destination"/>, the destination's id.</param>
public sealed record RouteTarget(RouteTargetKind Kind, string? DestinationId = null)
{
    private const string DestinationPrefix = "destination:";

    /// <summary>Parses a target as written in the rules file; null when it is not one.</summary>
    public static RouteTarget? Parse(string text) => text.Trim() switch
    {
        "registered-gp" => new RouteTarget(RouteTargetKind.RegisteredGp),
        "nominated-pharmacy" => new RouteTarget(RouteTargetKind.NominatedPharmacy),
        "recipient" => new RouteTarget(RouteTargetKind.Recipient),
        var t when t.StartsWith(DestinationPrefix, StringComparison.Ordinal) && t.Length > DestinationPrefix.Length =>
            new RouteTarget(RouteTargetKind.Destination, t[DestinationPrefix.Length..]),
        _ => null,
    };
}
