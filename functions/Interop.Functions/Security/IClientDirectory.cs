using System.Security.Claims;

namespace Interop.Functions.Security;

/// <summary>The configured clients, looked up by the client a token speaks for.</summary>
internal interface IClientDirectory
{
    /// <summary>The configured client an authenticated principal names, or null when it is not authenticated or names no configured client.</summary>
    InteropClient? Find(ClaimsPrincipal? principal);
}
