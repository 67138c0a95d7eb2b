namespace Interop.Functions.Security;

/// <summary>Stable codes saying why a sender was refused; receive steps map them to 401, or to 403 and ITK 20012.</summary>
internal static class SecurityReasonCodes
{
    /// <summary>The request carries no valid bearer token (answer 401).</summary>
    public const string Unauthenticated = "SEC-UNAUTHENTICATED";

    /// <summary>The token is valid but names no configured client.</summary>
    public const string UnknownClient = "SEC-CLIENT-UNKNOWN";

    /// <summary>The client is configured but is not a sender.</summary>
    public const string NotSender = "SEC-ROLE";

    /// <summary>The message's sender ODS code is not one the client may send as.</summary>
    public const string SenderOds = "SEC-SENDER-ODS";

    /// <summary>The message's event is not one the client may send, or the message names no event.</summary>
    public const string Event = "SEC-EVENT";
}
