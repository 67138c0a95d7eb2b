using System.Net;

namespace Interop.Functions.Tests.EndToEnd;

/// <summary>The operations endpoints' query validation (<see cref="Api.ApiSurfaceTests"/> checks who may call them).</summary>
public sealed class OperationsApiRequestTests(OperationsApiHost fixture) : IClassFixture<OperationsApiHost>
{
    [Theory]
    [InlineData("api/dead-letters?from=yesterday")]
    [InlineData("api/dead-letters?from=2026-11-22T10:00:00Z&to=2026-11-22T09:00:00Z")]
    [InlineData("api/dead-letters?from=2026-01-01T00:00:00Z&to=2026-11-22T09:00:00Z")]
    [InlineData("api/destinations?window=banana")]
    [InlineData("api/destinations?window=-PT1H")]
    [InlineData("api/destinations?window=P60D")]
    [InlineData("api/destinations?window=25:00:00")]
    [InlineData("api/stats?bucket=day")]
    [InlineData("api/stats?from=2026-11-22T09:00:00Z&to=2026-11-22T09:00:00Z")]
    [InlineData("api/stats?bucket=minute&from=2026-11-20T00:00:00Z&to=2026-11-22T00:00:00Z")]
    public async Task Get_BadQuery_Returns400Problem(string path)
    {
        using var client = fixture.Host.ClientFor(EngineHost.Operator);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"title\":");
    }

    [Theory]
    [InlineData("api/dead-letters?from=2026-11-21T09:00:00Z&to=2026-11-22T09:00:00%2B01:00")]
    [InlineData("api/destinations?window=PT1H")]
    [InlineData("api/destinations?window=01:00:00")]
    [InlineData("api/stats?bucket=minute&from=2026-11-21T09:00:00Z&to=2026-11-22T09:00:00Z")]
    public async Task Get_GoodQuery_Returns200(string path)
    {
        using var client = fixture.Host.ClientFor(EngineHost.Operator);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
