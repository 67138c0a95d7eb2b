using System.Net;
using Interop.Functions.Tests.Support;

namespace Interop.Functions.Tests.Fhir;

public sealed class MetadataEndpointTests(InteropHostFactory factory) : IClassFixture<InteropHostFactory>
{
    [Theory]
    [InlineData("/fhir/R4/metadata", "4.0.1")]
    [InlineData("/fhir/STU3/metadata", "3.0.1")]
    public async Task Get_NoAcceptHeader_ReturnsJsonCapabilityStatement(string path, string fhirVersion)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("application/fhir+json; charset=utf-8");
        var body = await FhirBody.ReadAsync(response);
        body.ResourceType.Should().Be("CapabilityStatement");
        body.Value("fhirVersion").Should().Be(fhirVersion);
        body.Value("status").Should().Be("active");
        body.Value("kind").Should().Be("instance");
        body.Values("format").Should().Contain(["json", "xml"]);
    }

    [Theory]
    [InlineData("/fhir/R4/metadata", "application/fhir+json", "application/fhir+json; charset=utf-8")]
    [InlineData("/fhir/R4/metadata", "application/json", "application/fhir+json; charset=utf-8")]
    [InlineData("/fhir/R4/metadata", "application/fhir+xml", "application/fhir+xml; charset=utf-8")]
    [InlineData("/fhir/R4/metadata", "text/xml", "application/fhir+xml; charset=utf-8")]
    [InlineData("/fhir/STU3/metadata", "application/fhir+xml", "application/fhir+xml; charset=utf-8")]
    [InlineData("/fhir/STU3/metadata", "text/plain, application/xml;q=0.5", "application/fhir+xml; charset=utf-8")]
    public async Task Get_AcceptHeader_ReturnsThatFormat(string path, string accept, string expectedContentType)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", accept);

        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be(expectedContentType);
        var body = await FhirBody.ReadAsync(response);
        body.ResourceType.Should().Be("CapabilityStatement");
        body.Value("rest.mode").Should().Be("server");
    }

    [Theory]
    [InlineData("/fhir/R4/metadata?_format=xml", "application/fhir+xml")]
    [InlineData("/fhir/R4/metadata?_format=application/fhir%2Bxml", "application/fhir+xml")]
    [InlineData("/fhir/R4/metadata?_format=application/fhir+xml", "application/fhir+xml")]
    [InlineData("/fhir/STU3/metadata?_format=application/xml", "application/fhir+xml")]
    [InlineData("/fhir/STU3/metadata?_format=json", "application/fhir+json")]
    public async Task Get_FormatParameter_OverridesAcceptHeader(string pathAndQuery, string expectedMediaType)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        request.Headers.TryAddWithoutValidation("Accept", expectedMediaType.EndsWith("xml", StringComparison.Ordinal) ? "application/fhir+json" : "application/fhir+xml");

        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(expectedMediaType);
        (await FhirBody.ReadAsync(response)).ResourceType.Should().Be("CapabilityStatement");
    }

    [Theory]
    [InlineData("/fhir/R4/metadata", "https://interop.test.example/fhir/R4")]
    [InlineData("/fhir/STU3/metadata", "https://interop.test.example/fhir/STU3")]
    public async Task Get_Json_DescribesThisInstanceFromOptionsAndClock(string path, string implementationUrl)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        var body = await FhirBody.ReadAsync(response);
        body.Value("implementation.url").Should().Be(implementationUrl);
        body.Value("software.name").Should().Be("Interop");
        body.Value("software.version").Should().NotBeNullOrWhiteSpace();
        body.Value("date").Should().Be("2026-11-22T09:30:15Z");
    }
}
