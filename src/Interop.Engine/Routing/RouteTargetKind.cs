namespace Interop.Engine.Routing;

/// <summary>How a route finds its destination.</summary>
public enum RouteTargetKind
{
    /// <summary>The patient's registered GP practice.</summary>
    RegisteredGp,

    /// <summary>The patient's nominated community pharmacy.</summary>
    NominatedPharmacy,

    /// <summary>The recipient the message header names.</summary>
    Recipient,

    /// <summary>A fixed destination.</summary>
    Destination,
}
