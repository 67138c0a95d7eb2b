using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Interop.Functions.Tests.Security.Support;

/// <summary>Key pairs made once per test run: the host trusts their public halves, tests sign with the private ones.</summary>
internal static class TestKeys
{
    /// <summary>An RSA 2048 key, trusted as PEM text (RS256).</summary>
    public static RSA Rsa { get; } = RSA.Create(2048);

    /// <summary>A P-256 key, trusted as a PEM file (ES256).</summary>
    public static ECDsa Ec { get; } = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    /// <summary>A P-256 key, trusted through a JWKS file (ES256).</summary>
    public static ECDsa JwksEc { get; } = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    /// <summary>A P-256 key the host does not trust.</summary>
    public static ECDsa Untrusted { get; } = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    /// <summary>The key id of <see cref="JwksEc"/> in the JWKS file.</summary>
    public const string JwksKeyId = "jwks-key-1";

    public static SigningCredentials RsaCredentials => new(new RsaSecurityKey(Rsa), SecurityAlgorithms.RsaSha256);

    public static SigningCredentials EcCredentials => new(new ECDsaSecurityKey(Ec), SecurityAlgorithms.EcdsaSha256);

    public static SigningCredentials JwksCredentials => new(new ECDsaSecurityKey(JwksEc) { KeyId = JwksKeyId }, SecurityAlgorithms.EcdsaSha256);

    public static SigningCredentials UntrustedCredentials => new(new ECDsaSecurityKey(Untrusted), SecurityAlgorithms.EcdsaSha256);

    /// <summary>A JSON Web Key Set holding the public half of <see cref="JwksEc"/>.</summary>
    public static string Jwks()
    {
        var parameters = JwksEc.ExportParameters(includePrivateParameters: false);
        var key = new Dictionary<string, string>
        {
            ["kty"] = "EC",
            ["crv"] = "P-256",
            ["use"] = "sig",
            ["alg"] = "ES256",
            ["kid"] = JwksKeyId,
            ["x"] = Base64UrlEncoder.Encode(parameters.Q.X),
            ["y"] = Base64UrlEncoder.Encode(parameters.Q.Y),
        };
        return JsonSerializer.Serialize(new Dictionary<string, object> { ["keys"] = new[] { key } });
    }
}
