namespace Interop.Engine.Routing;

/// <summary>One routing rule as configured: when it applies and where matching messages go.</summary>
public sealed class RouteRule
{
    /// <summary>A name for the timeline and the console; unique.</summary>
    public string Name { get; set; } = "";

    /// <summary>When the rule applies.</summary>
    public RouteMatch Match { get; set; } = new();

    /// <summary>
    /// Where matching messages go: <c>registered-gp</c> (the patient's practice, from the patient directory),
    /// <c>nominated-pharmacy</c> (the patient's pharmacy), <c>recipient</c> (whom the header addresses) or
    /// <c>destination:ID</c> (a fixed destination).
    /// </summary>
    public List<string> To { get; set; } = [];

    /// <summary>
    /// What the message becomes for these targets: unset, the message itself in each destination's form; or a name from
    /// <see cref="RouteMappings"/>.
    /// </summary>
    public string? Map { get; set; }
}
