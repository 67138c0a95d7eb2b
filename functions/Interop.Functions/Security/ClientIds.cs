using System.Security.Claims;

namespace Interop.Functions.Security;

/// <summary>Reads which client a validated token speaks for.</summary>
internal static class ClientIds
{
    /// <summary>The OAuth client id claim (RFC 9068), preferred over <c>sub</c> for client-credentials tokens.</summary>
    public const string ClientIdClaim = "client_id";

    /// <summary>The subject claim, used when a token has no <c>client_id</c>.</summary>
    public const string SubjectClaim = "sub";

    /// <summary>The <c>client_id</c>, else the <c>sub</c>, of an authenticated principal; null when it is not authenticated or has neither.</summary>
    public static string? Of(ClaimsPrincipal? principal)
    {
        if (principal?.Identity is not { IsAuthenticated: true })
        {
            return null;
        }

        var value = principal.FindFirst(ClientIdClaim)?.Value ?? principal.FindFirst(SubjectClaim)?.Value;
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
