using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Interop.Functions.Security;

/// <summary>
/// Points the bearer handler at the configured issuer, audience and keys, with lifetimes checked against the host's clock,
/// and remembers the tokens it accepted (<see cref="CachingTokenHandler"/>).
/// </summary>
internal sealed class JwtBearerOptionsSetup(IOptions<InteropSecurityOptions> security, SigningKeyLoader loader, TimeProvider time)
    : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name == JwtBearerDefaults.AuthenticationScheme)
        {
            Configure(options);
        }
    }

    public void Configure(JwtBearerOptions options)
    {
        var settings = security.Value;

        // The options were validated on start, so the keys load; any error here would already have stopped the host.
        var keys = loader.Load(settings).Keys;
        options.MapInboundClaims = false;
        options.TimeProvider = time;
        options.TokenHandlers.Clear();
        options.TokenHandlers.Add(new CachingTokenHandler(new JsonWebTokenHandler { MapInboundClaims = false }, time));
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = settings.Issuer,
            ValidAudience = settings.Audience,
            IssuerSigningKeys = keys,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.EcdsaSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateIssuerSigningKey = true,
            ClockSkew = settings.ClockSkew,
            LifetimeValidator = (notBefore, expires, _, parameters) => IsWithinLifetime(notBefore, expires, parameters.ClockSkew),
        };
    }

    // The library's own check reads the system clock; this one uses the host's TimeProvider so tests can move time.
    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, TimeSpan skew)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return expires is { } end && now < end.ToUniversalTime() + skew
            && (notBefore is not { } start || now >= start.ToUniversalTime() - skew);
    }
}
