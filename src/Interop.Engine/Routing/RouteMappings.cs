namespace Interop.Engine.Routing;

/// <summary>The mappings a route can ask for (<see cref="RouteRule.Map"/>): what a message becomes for the destinations it names.</summary>
public static class RouteMappings
{
    /// <summary>
    /// The Discharge Medicines Service: an eDischarge becomes a BaRS referral for a pharmacy system and the referral's copy
    /// for an R4 GP system; an STU3 GP system gets the eDischarge itself (mappings/discharge-medicines).
    /// </summary>
    public const string DischargeMedicines = "discharge-medicines";

    /// <summary>Every mapping name a rules file may use.</summary>
    public static IReadOnlyList<string> All { get; } = [DischargeMedicines];
}
