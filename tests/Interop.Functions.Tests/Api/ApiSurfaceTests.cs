using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Interop.Functions.Tests.EndToEnd;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Interop.Functions.Tests.Api;

/// <summary>
/// Every <c>/api</c> endpoint the host maps, found from its routing table rather than listed by hand: each refuses
/// callers without a token (401) and senders (403), and each is in the OpenAPI document with a name, a summary and its
/// 200 answer's schema.
/// </summary>
public sealed partial class ApiSurfaceTests(ConsoleApiHost console) : IClassFixture<ConsoleApiHost>
{
    [Fact]
    public async Task ApiEndpoints_NoTokenOrSenderToken_401And403()
    {
        var endpoints = ApiEndpoints();
        endpoints.Should().HaveCountGreaterThanOrEqualTo(7);
        using var anonymous = console.Host.ClientFor(null);
        using var sender = console.Host.ClientFor(EngineHost.Pharmacy);

        foreach (var (method, pattern) in endpoints)
        {
            var path = new Uri(RouteParameter().Replace(pattern, "any"), UriKind.Relative);
            using var noToken = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
            using var senderToken = await sender.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

            noToken.StatusCode.Should().Be(HttpStatusCode.Unauthorized, $"{method} {pattern} needs a token");
            senderToken.StatusCode.Should().Be(HttpStatusCode.Forbidden, $"{method} {pattern} is for operators only");
        }
    }

    [Fact]
    public async Task OpenApiDocument_Anonymous_DescribesEveryApiEndpoint()
    {
        using var anonymous = console.Host.ClientFor(null);
        using var response = await anonymous.GetAsync(new Uri("openapi/v1.json", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;

        root.GetProperty("openapi").GetString().Should().StartWith("3.");
        root.GetProperty("info").GetProperty("title").GetString().Should().Be("Interop operator API");
        root.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer").GetProperty("scheme").GetString().Should().Be("bearer");
        var paths = root.GetProperty("paths");
        var documented = paths.EnumerateObject().SelectMany(p => p.Value.EnumerateObject().Select(o => (Method: o.Name.ToUpperInvariant(), Path: p.Name))).ToList();
        var endpoints = ApiEndpoints().Select(e => (e.Method, Path: "/" + e.Pattern)).ToList();
        documented.Should().BeEquivalentTo(endpoints, "the document is every /api endpoint and nothing else");
        foreach (var (method, path) in endpoints)
        {
            var operation = paths.GetProperty(path).GetProperty(method.ToLowerInvariant());
            operation.GetProperty("operationId").GetString().Should().NotBeNullOrEmpty($"{method} {path} needs a name");
            operation.GetProperty("summary").GetString().Should().NotBeNullOrEmpty($"{method} {path} needs a summary");
            operation.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json")
                .GetProperty("schema").ValueKind.Should().Be(JsonValueKind.Object, $"{method} {path} says what it answers");
        }

        paths.GetProperty("/api/messages").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Select(p => p.GetProperty("name").GetString()).Should().Contain(["status", "nhsNumber", "continuationToken"]);
    }

    private List<(string Method, string Pattern)> ApiEndpoints() =>
        [.. console.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (m, e.RoutePattern.RawText!.TrimStart('/'))))
            .Distinct()];

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
