namespace Interop.Engine.Destinations;

/// <summary>What a destination is, so a route can ask for "the GP system serving A81001" rather than a URL.</summary>
public enum DestinationKind
{
    /// <summary>Any other system (configured as <c>other</c>).</summary>
    Other,

    /// <summary>A GP practice's clinical system (<c>gp-system</c>).</summary>
    GpSystem,

    /// <summary>A community pharmacy's system (<c>pharmacy-system</c>).</summary>
    PharmacySystem,

    /// <summary>A Shared Care Record (<c>shared-care-record</c>).</summary>
    SharedCareRecord,

    /// <summary>The mailbox a sender receives acknowledgements in (<c>sender-mailbox</c>).</summary>
    SenderMailbox,
}
