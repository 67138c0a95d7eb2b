namespace Interop.Engine.Audit;

/// <summary>The operator actions that are audited.</summary>
public enum AuditAction
{
    /// <summary>Patient details were shown unmasked.</summary>
    Reveal,

    /// <summary>One message was replayed.</summary>
    Replay,

    /// <summary>Dead letters were replayed in bulk.</summary>
    BulkReplay,
}
