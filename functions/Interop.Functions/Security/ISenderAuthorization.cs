using System.Security.Claims;

namespace Interop.Functions.Security;

/// <summary>Decides whether the client behind a request may send a particular message.</summary>
internal interface ISenderAuthorization
{
    /// <summary>
    /// Checks that <paramref name="principal"/> is a configured sender allowed to send as <paramref name="senderOds"/>
    /// (null: the message names no sender, as in a transaction Bundle, and the client stands for itself) and to send
    /// <paramref name="eventCode"/> (null is refused: every message a sender posts has an event, <c>transaction</c> and
    /// <c>batch</c> for those Bundles).
    /// </summary>
    SenderAuthorizationResult Authorize(ClaimsPrincipal principal, string? senderOds, string? eventCode);
}
