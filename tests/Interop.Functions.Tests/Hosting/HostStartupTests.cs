using System.Net;
using Interop.Functions.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace Interop.Functions.Tests.Hosting;

public sealed class HostStartupTests
{
    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://interop.test.example")]
    [InlineData("https://interop.test.example/?tenant=1")]
    public void CreateClient_InvalidPublicBaseUrl_FailsStartup(string publicBaseUrl)
    {
        using var factory = new InteropHostFactory().WithWebHostBuilder(
            builder => builder.UseSetting("Interop:Host:PublicBaseUrl", publicBaseUrl));

        var start = () => factory.CreateClient();

        start.Should().Throw<OptionsValidationException>()
            .Which.Failures.Should().ContainSingle().Which.Should().Contain("PublicBaseUrl");
    }

    [Fact]
    public async Task GetHealthLive_RunningHost_ReturnsHealthy()
    {
        using var factory = new InteropHostFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }
}
