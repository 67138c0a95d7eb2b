using System.Net;
using Interop.Functions.Tests.Support;

namespace Interop.Functions.Tests.Console;

/// <summary>The console's static assets are served at <c>/</c> to anyone, while <c>/api</c> still asks for a token.</summary>
public sealed class ConsoleAssetsTests(InteropHostFactory factory) : IClassFixture<InteropHostFactory>
{
    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/index.html", "text/html")]
    [InlineData("/css/console.css", "text/css")]
    [InlineData("/js/app.js", "text/javascript")]
    [InlineData("/js/views/message.js", "text/javascript")]
    public async Task Get_ConsoleAsset_ServedWithoutTokenUnderContentSecurityPolicy(string path, string mediaType)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(mediaType);
        response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("script-src 'self'");
        response.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");
    }

    [Fact]
    public async Task Get_Root_IsTheConsolePage()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        html.Should().Contain("<title>Interop console</title>").And.Contain("js/app.js");
    }

    [Theory]
    [InlineData("/api/messages")]
    [InlineData("/api/messages/any-id")]
    public async Task Get_ApiWithoutToken_StillRefusedWith401(string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
