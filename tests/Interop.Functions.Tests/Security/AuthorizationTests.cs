using System.Net;
using Interop.Functions.Tests.Security.Support;
using Interop.Functions.Tests.Support;

namespace Interop.Functions.Tests.Security;

public sealed class AuthorizationTests : IAsyncLifetime
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
    public async Task GetApi_SenderToken_Returns403OperationOutcome()
    {
        using var client = _host.CreateClient(TestTokens.For(SecuredHost.Sender).Create());

        using var response = await client.GetAsync(new Uri(SecuredHost.ApiPath, UriKind.Relative));

        await ShouldBeForbidden(response);
    }

    [Fact]
    public async Task GetApi_OperatorToken_ReachesEndpoint()
    {
        using var client = _host.CreateClient(TestTokens.For(SecuredHost.Operator).Create());

        using var response = await client.GetAsync(new Uri(SecuredHost.ApiPath, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("operator");
    }

    [Fact]
    public async Task GetApi_NoToken_Returns401()
    {
        using var client = _host.CreateClient();

        using var response = await client.GetAsync(new Uri(SecuredHost.ApiPath, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await FhirBody.ReadAsync(response)).Value("issue.details.coding.code").Should().Be("HOST401");
    }

    [Fact]
    public async Task PostSend_OperatorToken_Returns403AndNeverReachesEndpoint()
    {
        using var client = _host.CreateClient(TestTokens.For(SecuredHost.Operator).Create());

        using var response = await client.PostAsync(new Uri(SecuredHost.SendPath, UriKind.Relative), new StringContent("{}"));

        await ShouldBeForbidden(response);
        _host.SendCalls.Should().Be(0);
    }

    [Fact]
    public async Task PostSend_ValidTokenForUnconfiguredClient_Returns403()
    {
        using var client = _host.CreateClient(TestTokens.For("nobody-we-know").Create());

        using var response = await client.PostAsync(new Uri(SecuredHost.SendPath, UriKind.Relative), new StringContent("{}"));

        await ShouldBeForbidden(response);
    }

    [Fact]
    public async Task GetApi_SenderTokenClaimingOperatorRole_Returns403()
    {
        // Roles come from the host's client configuration; whatever the token says about them is ignored.
        var token = TestTokens.For(SecuredHost.Sender) with
        {
            Claims = new Dictionary<string, object> { ["role"] = "operator", ["roles"] = new[] { "operator" } },
        };
        using var client = _host.CreateClient(token.Create());

        using var response = await client.GetAsync(new Uri(SecuredHost.ApiPath, UriKind.Relative));

        await ShouldBeForbidden(response);
    }

    private static async Task ShouldBeForbidden(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var body = await FhirBody.ReadAsync(response);
        body.ResourceType.Should().Be("OperationOutcome");
        body.Value("issue.code").Should().Be("forbidden");
        body.Value("issue.details.coding.code").Should().Be("HOST403");
    }
}
