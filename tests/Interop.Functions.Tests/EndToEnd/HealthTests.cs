using System.Net;
using Interop.Testing;

namespace Interop.Functions.Tests.EndToEnd;

/// <summary><c>/health/live</c> and <c>/health/ready</c> on the running host, without a token.</summary>
public sealed class HealthTests
{
    [Theory]
    [InlineData("health/live")]
    [InlineData("health/ready")]
    public async Task Health_RunningHostWithItsStore_Healthy(string path)
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = EngineHost.Start(receiver);
        using var http = host.ClientFor(null);

        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }
}
