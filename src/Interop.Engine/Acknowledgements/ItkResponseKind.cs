namespace Interop.Engine.Acknowledgements;

/// <summary>The two ITK3 acknowledgements a sender can ask for.</summary>
public enum ItkResponseKind
{
    /// <summary>InfAckRequested: the message was accepted (20013) or refused (a negative code).</summary>
    Infrastructure,

    /// <summary>BusAckRequested: the message was delivered, or finally could not be.</summary>
    Business,
}
