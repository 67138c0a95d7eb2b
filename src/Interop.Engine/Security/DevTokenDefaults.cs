namespace Interop.Engine.Security;

/// <summary>The issuer and audience that the host's defaults and <c>interop token</c> share, so a dev token is accepted without extra configuration.</summary>
public static class DevTokenDefaults
{
    /// <summary>The default token issuer (<c>iss</c>).</summary>
    public const string Issuer = "interop-dev";

    /// <summary>The default token audience (<c>aud</c>).</summary>
    public const string Audience = "interop";
}
