using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Interop.Cli.Tokens;

/// <summary>Signs ES256 bearer tokens with the local dev key, the way a real authorisation server would for a client.</summary>
internal sealed class DevTokenIssuer(TimeProvider time)
{
    /// <summary>A signed compact JWT for <paramref name="request"/>; its <c>kid</c> is the key's JWK thumbprint, which the host uses too.</summary>
    public string Issue(ECDsa key, DevTokenRequest request)
    {
        var signingKey = new ECDsaSecurityKey(key)
        {
            // The library caches signers by key id; the caller disposes the key, so a cached signer would outlive it.
            CryptoProviderFactory = new CryptoProviderFactory { CacheSignatureProviders = false },
        };
        signingKey.KeyId = Base64UrlEncoder.Encode(signingKey.ComputeJwkThumbprint());
        var now = time.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = request.Issuer,
            Audience = request.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + request.Lifetime,
            Subject = new ClaimsIdentity([new Claim("sub", request.Client), new Claim("client_id", request.Client)]),
            Claims = new Dictionary<string, object> { ["jti"] = Guid.NewGuid().ToString("N") },
            SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.EcdsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
