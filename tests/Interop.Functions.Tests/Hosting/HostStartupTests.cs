using System.Net;
using Interop.Functions.Tests.Support;
using Interop.Functions.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Interop.Functions.Tests.Hosting;

public sealed class HostStartupTests
{
    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://interop.test.example")]
    [InlineData("https://interop.test.example/?tenant=1")]
    public void Validate_InvalidPublicBaseUrl_FailsStartup(string publicBaseUrl)
    {
        // The start-up validator is what the host runs before it listens. Driving it directly keeps the test
        // deterministic: a WebApplicationFactory whose host fails to start sometimes surfaces an
        // ObjectDisposedException from its own teardown instead of the validation failure.
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Interop:Host:PublicBaseUrl"] = publicBaseUrl })
            .Build();
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddInteropHost()
            .BuildServiceProvider();

        var start = () => services.GetRequiredService<IStartupValidator>().Validate();

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
