namespace Interop.Engine.Routing;

/// <summary>Why a message could not be routed: a stable code and the ITK response code the sender is told.</summary>
/// <param name="Code">The engine's stable code.</param>
/// <param name="ItkCode">The ITK3 response code.</param>
/// <param name="Display">A fixed explanation without patient data.</param>
public sealed record RouteIssue(string Code, string ItkCode, string Display)
{
    /// <summary>No routing rule matches the message.</summary>
    public static RouteIssue NoRoute { get; } = new("RTE001", "20002", "No routing rule matches this message.");

    /// <summary>The route needs the patient but the message names no NHS number.</summary>
    public static RouteIssue NoNhsNumber { get; } = new("RTE002", "20001", "The message has no patient NHS number to route by.");

    /// <summary>The patient directory does not know the NHS number.</summary>
    public static RouteIssue UnknownPatient { get; } = new("RTE003", "20001", "The patient directory does not know this NHS number.");

    /// <summary>The patient has no registered GP practice.</summary>
    public static RouteIssue NoRegisteredGp { get; } = new("RTE004", "20001", "The patient has no registered GP practice.");

    /// <summary>The patient has no nominated pharmacy.</summary>
    public static RouteIssue NoNominatedPharmacy { get; } = new("RTE005", "20001", "The patient has no nominated community pharmacy.");

    /// <summary>The organisation found has no destination in the directory.</summary>
    public static RouteIssue UnknownOrganisation { get; } = new("RTE006", "20002", "No destination serves the recipient organisation.");

    /// <summary>The route sends to the addressed recipient, but the header names none.</summary>
    public static RouteIssue NoRecipient { get; } = new("RTE007", "20002", "The message header names no recipient.");

    /// <summary>A rule's FHIRPath condition could not be evaluated on the message (it hit a limit, or met several items where it needs one).</summary>
    public static RouteIssue ConditionFailed { get; } = new("RTE008", "20002", "A routing condition could not be evaluated on this message.");
}
