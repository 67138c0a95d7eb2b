namespace Interop.Engine.Routing;

/// <summary>What a route matches; an absent field matches anything, and every present field must match.</summary>
public sealed class RouteMatch
{
    /// <summary>Event codes (ITK014M, servicerequest-request, transaction, ...).</summary>
    public List<string> Events { get; set; } = [];

    /// <summary>Sender ODS codes.</summary>
    public List<string> Senders { get; set; } = [];

    /// <summary>Recipient ODS codes or service ids named in the header.</summary>
    public List<string> Recipients { get; set; } = [];

    /// <summary>"R4" or "STU3".</summary>
    public string? FhirVersion { get; set; }

    /// <summary>
    /// A FHIRPath condition on the message Bundle that must be true, e.g.
    /// <c>Bundle.descendants().ofType(Composition).type.coding.where(system = %sct).code = '1577041000000109'</c>.
    /// </summary>
    public string? Where { get; set; }
}
