namespace Interop.Functions.Security;

/// <summary>Whether a client may send a message, and if not, why.</summary>
/// <param name="Client">The configured client, when the token named one.</param>
/// <param name="ReasonCode">Null when allowed, else one of <see cref="SecurityReasonCodes"/>.</param>
internal sealed record SenderAuthorizationResult(InteropClient? Client, string? ReasonCode)
{
    /// <summary>True when the client may send the message.</summary>
    public bool IsAllowed => ReasonCode is null;

    /// <summary>True when the refusal means the caller is not authenticated (401) rather than not allowed (403).</summary>
    public bool IsUnauthenticated => ReasonCode == SecurityReasonCodes.Unauthenticated;
}
