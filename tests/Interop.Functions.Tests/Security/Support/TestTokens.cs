using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Interop.Functions.Tests.Security.Support;

/// <summary>Mints tokens the way an authorisation server would, with every part open to change.</summary>
internal sealed record TestTokens(SigningCredentials Credentials, string? ClientId)
{
    public string Issuer { get; init; } = SecuredHost.Issuer;

    public string Audience { get; init; } = SecuredHost.Audience;

    public DateTimeOffset NotBefore { get; init; } = SecuredHost.Now.AddMinutes(-5);

    public DateTimeOffset Expires { get; init; } = SecuredHost.Now.AddMinutes(55);

    /// <summary>Extra claims, e.g. a role the host must ignore.</summary>
    public IReadOnlyDictionary<string, object> Claims { get; init; } = new Dictionary<string, object>();

    /// <summary>True to name the client in <c>sub</c> only, without <c>client_id</c>.</summary>
    public bool SubjectOnly { get; init; }

    public static TestTokens For(string clientId) => new(TestKeys.EcCredentials, clientId);

    public string Create()
    {
        var claims = new List<Claim>();
        if (ClientId is not null)
        {
            claims.Add(new Claim("sub", ClientId));
            if (!SubjectOnly)
            {
                claims.Add(new Claim("client_id", ClientId));
            }
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = NotBefore.UtcDateTime,
            NotBefore = NotBefore.UtcDateTime,
            Expires = Expires.UtcDateTime,
            Subject = new ClaimsIdentity(claims),
            Claims = new Dictionary<string, object>(Claims),
            SigningCredentials = Credentials,
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }
}
