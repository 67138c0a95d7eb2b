using System.Collections.Concurrent;
using Microsoft.IdentityModel.Tokens;

namespace Interop.Functions.Security;

/// <summary>
/// Validates bearer tokens through <paramref name="inner"/> and remembers the ones it accepted, so that a client sending
/// the same token with every request pays for its signature check once instead of on every message (an ES256 check
/// takes 90–200 µs, some 5% of the host's CPU per accepted message). A remembered token is accepted again only with the
/// same validation parameters (compared by value: the bearer handler copies them for every request), only until its own
/// expiry plus the allowed clock skew by the host's clock, and at most <see cref="MaxAge"/> after it was checked; a
/// refused token is never remembered. Each hit gets its own copy of the identity, so nothing one request does to its
/// principal reaches another.
/// </summary>
internal sealed class CachingTokenHandler(TokenHandler inner, TimeProvider time) : TokenHandler
{
    /// <summary>The longest a checked token is taken on trust before its signature is checked again.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);

    /// <summary>The most tokens remembered: a host has a handful of clients, each with a token or two alive at once.</summary>
    public const int MaxEntries = 1024;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public override int MaximumTokenSizeInBytes
    {
        get => inner.MaximumTokenSizeInBytes;
        set => inner.MaximumTokenSizeInBytes = value;
    }

    public override SecurityToken ReadToken(string token) => inner.ReadToken(token);

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(token, out var entry) && SameChecks(entry.Parameters, validationParameters) && now < entry.Until)
        {
            return entry.Copy();
        }

        var result = await inner.ValidateTokenAsync(token, validationParameters).ConfigureAwait(false);
        if (result.IsValid && result.ClaimsIdentity is not null && result.SecurityToken is not null)
        {
            Remember(token, new Entry(validationParameters, result, Until(result.SecurityToken, validationParameters, now)));
        }

        return result;
    }

    // The bearer handler validates each request with its own copy of the configured parameters, so "the same parameters"
    // is the same values: the copies share the configured keys, algorithms and validator delegates by reference.
    private static bool SameChecks(TokenValidationParameters a, TokenValidationParameters b) =>
        ReferenceEquals(a, b)
        || (a.ValidIssuer == b.ValidIssuer && a.ValidAudience == b.ValidAudience && a.ClockSkew == b.ClockSkew
            && ReferenceEquals(a.ValidIssuers, b.ValidIssuers) && ReferenceEquals(a.ValidAudiences, b.ValidAudiences)
            && ReferenceEquals(a.IssuerSigningKey, b.IssuerSigningKey) && ReferenceEquals(a.IssuerSigningKeys, b.IssuerSigningKeys)
            && ReferenceEquals(a.ValidAlgorithms, b.ValidAlgorithms) && ReferenceEquals(a.LifetimeValidator, b.LifetimeValidator)
            && a.RequireSignedTokens == b.RequireSignedTokens && a.RequireExpirationTime == b.RequireExpirationTime
            && a.ValidateIssuer == b.ValidateIssuer && a.ValidateAudience == b.ValidateAudience
            && a.ValidateLifetime == b.ValidateLifetime && a.ValidateIssuerSigningKey == b.ValidateIssuerSigningKey);

    private static DateTimeOffset Until(SecurityToken token, TokenValidationParameters parameters, DateTimeOffset now)
    {
        // ValidTo is MinValue when the token has no expiry; such a token was only accepted if no expiry is required,
        // and then MaxAge alone bounds it.
        var expires = token.ValidTo == DateTime.MinValue ? DateTimeOffset.MaxValue : new DateTimeOffset(token.ValidTo, TimeSpan.Zero) + parameters.ClockSkew;
        var latest = now + MaxAge;
        return expires < latest ? expires : latest;
    }

    private void Remember(string token, Entry entry)
    {
        if (_entries.Count >= MaxEntries)
        {
            var now = time.GetUtcNow();
            foreach (var (key, value) in _entries)
            {
                if (value.Until <= now)
                {
                    _entries.TryRemove(key, out _);
                }
            }

            if (_entries.Count >= MaxEntries)
            {
                // Still full of live tokens: forgetting them all only costs each one signature check.
                _entries.Clear();
            }
        }

        _entries[token] = entry;
    }

    private sealed record Entry(TokenValidationParameters Parameters, TokenValidationResult Result, DateTimeOffset Until)
    {
        public TokenValidationResult Copy() => new()
        {
            IsValid = true,
            ClaimsIdentity = Result.ClaimsIdentity.Clone(),
            SecurityToken = Result.SecurityToken,
            Issuer = Result.Issuer,
            TokenType = Result.TokenType,
            TokenContext = Result.TokenContext,
        };
    }
}
