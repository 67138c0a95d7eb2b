using System.Net;
using Interop.Functions.Tests.Security.Support;
using Interop.Functions.Tests.Support;
using Interop.Functions.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Interop.Functions.Tests.Security;

public sealed class AuthenticationTests : IAsyncLifetime
{
    private readonly TestFolder _folder = new();
    private SecuredHost _host = null!;

    public async Task InitializeAsync() => _host = await SecuredHost.StartAsync(SecuredHost.Settings(_folder));

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Post_NoToken_Returns401OperationOutcomeWithBearerChallenge()
    {
        using var response = await Send(token: null);

        await ShouldBeUnauthorized(response);
        response.Headers.WwwAuthenticate.Should().ContainSingle().Which.Scheme.Should().Be("Bearer");
        _host.SendCalls.Should().Be(0);
    }

    [Theory]
    [InlineData("rsa-pem-text")]
    [InlineData("ec-pem-file")]
    [InlineData("ec-jwks")]
    public async Task Post_TokenSignedWithTrustedKey_ReachesEndpoint(string key)
    {
        var credentials = key switch
        {
            "rsa-pem-text" => TestKeys.RsaCredentials,
            "ec-pem-file" => TestKeys.EcCredentials,
            _ => TestKeys.JwksCredentials,
        };

        using var response = await Send(new TestTokens(credentials, SecuredHost.Sender).Create());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        _host.SendCalls.Should().Be(1);
    }

    [Fact]
    public async Task Post_ClientNamedInSubjectOnly_ReachesEndpoint()
    {
        using var response = await Send((TestTokens.For(SecuredHost.Sender) with { SubjectOnly = true }).Create());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Post_TokenSignedWithUntrustedKey_Returns401()
    {
        using var response = await Send(new TestTokens(TestKeys.UntrustedCredentials, SecuredHost.Sender).Create());

        await ShouldBeUnauthorized(response);
        response.Headers.WwwAuthenticate.Single().Parameter.Should().Contain("invalid_token");
    }

    [Fact]
    public async Task Post_TokenWithAlteredPayload_Returns401()
    {
        var token = TestTokens.For(SecuredHost.Sender).Create().Split('.');
        var otherPayload = TestTokens.For(SecuredHost.OtherSender).Create().Split('.')[1];

        using var response = await Send($"{token[0]}.{otherPayload}.{token[2]}");

        await ShouldBeUnauthorized(response);
    }

    [Fact]
    public async Task Post_SymmetricallySignedToken_Returns401()
    {
        var secret = new SymmetricSecurityKey(new byte[32]);
        var token = new TestTokens(new SigningCredentials(secret, SecurityAlgorithms.HmacSha256), SecuredHost.Sender).Create();

        using var response = await Send(token);

        await ShouldBeUnauthorized(response);
    }

    [Fact]
    public async Task Post_ExpiredToken_Returns401()
    {
        var token = TestTokens.For(SecuredHost.Sender) with { Expires = SecuredHost.Now.AddMinutes(-1) };

        using var response = await Send(token.Create());

        await ShouldBeUnauthorized(response);
    }

    [Fact]
    public async Task Post_TokenExpiredWithinClockSkew_ReachesEndpoint()
    {
        var token = TestTokens.For(SecuredHost.Sender) with { Expires = SecuredHost.Now.AddSeconds(-10) };

        using var response = await Send(token.Create());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public void BearerScheme_ValidatesTokensThroughTheCache()
    {
        var options = _host.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);

        options.TokenHandlers.Should().ContainSingle().Which.Should().BeOfType<CachingTokenHandler>();
    }

    [Fact]
    public async Task Post_TokenAcceptedBeforeThenExpired_Returns401()
    {
        var token = (TestTokens.For(SecuredHost.Sender) with { Expires = SecuredHost.Now.AddMinutes(1) }).Create();
        using (var accepted = await Send(token))
        {
            accepted.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        ((FakeTimeProvider)_host.Services.GetRequiredService<TimeProvider>()).Advance(TimeSpan.FromMinutes(2));
        using var response = await Send(token);

        await ShouldBeUnauthorized(response);
        _host.SendCalls.Should().Be(1);
    }

    [Fact]
    public async Task Post_TokenNotYetValid_Returns401()
    {
        var token = TestTokens.For(SecuredHost.Sender) with { NotBefore = SecuredHost.Now.AddMinutes(2), Expires = SecuredHost.Now.AddMinutes(60) };

        using var response = await Send(token.Create());

        await ShouldBeUnauthorized(response);
    }

    [Fact]
    public async Task Post_WrongAudience_Returns401()
    {
        var token = TestTokens.For(SecuredHost.Sender) with { Audience = "someone-else" };

        using var response = await Send(token.Create());

        await ShouldBeUnauthorized(response);
    }

    [Fact]
    public async Task Post_WrongIssuer_Returns401()
    {
        var token = TestTokens.For(SecuredHost.Sender) with { Issuer = "https://other-auth.test.example" };

        using var response = await Send(token.Create());

        await ShouldBeUnauthorized(response);
    }

    [Fact]
    public async Task Post_MalformedToken_Returns401()
    {
        using var response = await Send("not-a-jwt");

        await ShouldBeUnauthorized(response);
    }

    [Theory]
    [InlineData("/fhir/R4/metadata")]
    [InlineData("/fhir/STU3/metadata")]
    [InlineData("/health/live")]
    public async Task Get_AnonymousEndpoint_AnswersWithOrWithoutValidToken(string path)
    {
        using var anonymous = _host.CreateClient();
        using var badToken = _host.CreateClient("not-a-jwt");

        using var first = await anonymous.GetAsync(new Uri(path, UriKind.Relative));
        using var second = await badToken.GetAsync(new Uri(path, UriKind.Relative));

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        second.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private async Task<HttpResponseMessage> Send(string? token)
    {
        using var client = _host.CreateClient(token);
        return await client.PostAsync(new Uri(SecuredHost.SendPath, UriKind.Relative), new StringContent("{}"));
    }

    private static async Task ShouldBeUnauthorized(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var body = await FhirBody.ReadAsync(response);
        body.ResourceType.Should().Be("OperationOutcome");
        body.Value("issue.code").Should().Be("login");
        body.Value("issue.details.coding.code").Should().Be("HOST401");
    }
}
