using Interop.Engine.Security;

namespace Interop.Functions.Security;

/// <summary>How bearer tokens are checked and which clients may do what; bound from the <c>Interop:Security</c> configuration section.</summary>
internal sealed class InteropSecurityOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Interop:Security";

    /// <summary>The default allowed clock difference between the token issuer and the host.</summary>
    public static readonly TimeSpan DefaultClockSkew = TimeSpan.FromSeconds(30);

    /// <summary>The largest clock skew the host accepts, so an expired token is never honoured for long.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>The required <c>iss</c> of every token; by default the one <c>interop token</c> writes.</summary>
    public string Issuer { get; set; } = DevTokenDefaults.Issuer;

    /// <summary>The required <c>aud</c> of every token; by default the one <c>interop token</c> writes.</summary>
    public string Audience { get; set; } = DevTokenDefaults.Audience;

    /// <summary>How far token lifetimes may be off because of clock differences; default 30 seconds, at most 5 minutes.</summary>
    public TimeSpan ClockSkew { get; set; } = DefaultClockSkew;

    /// <summary>Public keys (RSA of at least 2048 bits for RS256, P-256 for ES256) given as PEM text or a PEM file.</summary>
    public List<SigningKeyOptions> SigningKeys { get; set; } = [];

    /// <summary>A JSON Web Key Set file with more public keys; relative paths are from the host's content root.</summary>
    public string? JwksFile { get; set; }

    /// <summary>Also trusts the local development key (created on first use); for local runs only, never in production.</summary>
    public bool UseDevKey { get; set; }

    /// <summary>The folder of the development key; by default <c>data/dev-keys</c> under the repository root.</summary>
    public string? DevKeyDirectory { get; set; }

    /// <summary>The clients the host knows, by the <c>client_id</c> (else <c>sub</c>) their tokens carry.</summary>
    public Dictionary<string, InteropClientOptions> Clients { get; set; } = new(StringComparer.Ordinal);
}
