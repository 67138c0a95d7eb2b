using Interop.Functions.Security;
using Interop.Functions.Tests.Security.Support;
using Interop.Functions.Tests.Support;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Interop.Functions.Tests.Security;

public sealed class CachingTokenHandlerTests
{
    private static readonly TimeSpan Skew = TimeSpan.FromSeconds(30);

    private readonly FakeTimeProvider _clock = new(SecuredHost.Now);
    private readonly CountingHandler _inner = new();
    private readonly CachingTokenHandler _handler;

    public CachingTokenHandlerTests() => _handler = new CachingTokenHandler(_inner, _clock);

    [Fact]
    public async Task ValidateTokenAsync_SameTokenTwice_ChecksItsSignatureOnce()
    {
        var parameters = Parameters();
        var token = TestTokens.For(SecuredHost.Sender).Create();

        var first = await _handler.ValidateTokenAsync(token, parameters);
        var second = await _handler.ValidateTokenAsync(token, parameters);

        first.IsValid.Should().BeTrue();
        second.IsValid.Should().BeTrue();
        _inner.Checks.Should().Be(1);
        second.ClaimsIdentity.Should().NotBeSameAs(first.ClaimsIdentity);
        second.ClaimsIdentity.FindFirst("client_id")!.Value.Should().Be(SecuredHost.Sender);
        second.SecurityToken.ValidTo.Should().Be(first.SecurityToken.ValidTo);
    }

    [Fact]
    public async Task ValidateTokenAsync_CopyOfTheParameters_UsesTheRememberedCheck()
    {
        // The bearer handler validates every request with its own copy of the configured parameters.
        var parameters = Parameters();
        var token = TestTokens.For(SecuredHost.Sender).Create();
        await _handler.ValidateTokenAsync(token, parameters.Clone());

        var result = await _handler.ValidateTokenAsync(token, parameters.Clone());

        result.IsValid.Should().BeTrue();
        _inner.Checks.Should().Be(1);
    }

    [Fact]
    public async Task ValidateTokenAsync_RefusedToken_IsCheckedEveryTime()
    {
        var parameters = Parameters();
        var token = new TestTokens(TestKeys.UntrustedCredentials, SecuredHost.Sender).Create();

        var first = await _handler.ValidateTokenAsync(token, parameters);
        var second = await _handler.ValidateTokenAsync(token, parameters);

        first.IsValid.Should().BeFalse();
        second.IsValid.Should().BeFalse();
        _inner.Checks.Should().Be(2);
    }

    [Fact]
    public async Task ValidateTokenAsync_OtherParameters_ChecksTheTokenAgain()
    {
        var token = TestTokens.For(SecuredHost.Sender).Create();
        await _handler.ValidateTokenAsync(token, Parameters());

        var other = Parameters();
        other.ValidAudience = "someone-else";
        var result = await _handler.ValidateTokenAsync(token, other);

        result.IsValid.Should().BeFalse();
        _inner.Checks.Should().Be(2);
    }

    [Fact]
    public async Task ValidateTokenAsync_RememberedTokenPastItsExpiry_IsRefused()
    {
        var parameters = Parameters();
        var token = (TestTokens.For(SecuredHost.Sender) with { Expires = SecuredHost.Now.AddMinutes(2) }).Create();
        (await _handler.ValidateTokenAsync(token, parameters)).IsValid.Should().BeTrue();

        _clock.Advance(TimeSpan.FromMinutes(2) + Skew);
        var result = await _handler.ValidateTokenAsync(token, parameters);

        result.IsValid.Should().BeFalse();
        _inner.Checks.Should().Be(2);
    }

    [Fact]
    public async Task ValidateTokenAsync_RememberedLongerThanMaxAge_ChecksTheTokenAgain()
    {
        var parameters = Parameters();
        var token = (TestTokens.For(SecuredHost.Sender) with { Expires = SecuredHost.Now.AddHours(2) }).Create();
        await _handler.ValidateTokenAsync(token, parameters);

        _clock.Advance(CachingTokenHandler.MaxAge);
        var result = await _handler.ValidateTokenAsync(token, parameters);

        result.IsValid.Should().BeTrue();
        _inner.Checks.Should().Be(2);
    }

    [Fact]
    public async Task ValidateTokenAsync_MoreLiveTokensThanItKeeps_StillAnswersEach()
    {
        var parameters = Parameters();
        var tokens = Enumerable.Range(0, CachingTokenHandler.MaxEntries + 1)
            .Select(i => (TestTokens.For(SecuredHost.Sender) with { Expires = SecuredHost.Now.AddMinutes(55).AddSeconds(i) }).Create())
            .ToList();

        foreach (var token in tokens)
        {
            (await _handler.ValidateTokenAsync(token, parameters)).IsValid.Should().BeTrue();
        }

        (await _handler.ValidateTokenAsync(tokens[^1], parameters)).IsValid.Should().BeTrue();
        (await _handler.ValidateTokenAsync(tokens[0], parameters)).IsValid.Should().BeTrue();
        _inner.Checks.Should().Be(tokens.Count + 1, "the last token was kept, the first forgotten when the cache filled");
    }

    // As the host's own parameters, with lifetimes read from the test's clock.
    private TokenValidationParameters Parameters() => new()
    {
        ValidIssuer = SecuredHost.Issuer,
        ValidAudience = SecuredHost.Audience,
        IssuerSigningKey = new ECDsaSecurityKey(TestKeys.Ec),
        ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ClockSkew = Skew,
        LifetimeValidator = (notBefore, expires, _, p) =>
        {
            var now = _clock.GetUtcNow().UtcDateTime;
            return expires is { } end && now < end + p.ClockSkew && (notBefore is not { } start || now >= start - p.ClockSkew);
        },
    };

    private sealed class CountingHandler : TokenHandler
    {
        private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

        public int Checks { get; private set; }

        public override Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
        {
            Checks++;
            return _handler.ValidateTokenAsync(token, validationParameters);
        }
    }
}
