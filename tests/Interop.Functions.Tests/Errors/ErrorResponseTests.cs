using System.Net;
using Interop.Functions.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Interop.Functions.Tests.Errors;

public sealed class ErrorResponseTests(InteropHostFactory factory) : IClassFixture<InteropHostFactory>
{
    private const string CodeSystem = "https://interop.example/fhir/CodeSystem/host-issue";

    [Theory]
    [InlineData("/fhir/R4/Patient/1")]
    [InlineData("/fhir/STU3/nothing-here")]
    [InlineData("/fhir/R5/metadata")]
    [InlineData("/no-such-page")]
    public async Task Get_UnknownRoute_Returns404OperationOutcome(string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/fhir+json");
        var body = await FhirBody.ReadAsync(response);
        body.ResourceType.Should().Be("OperationOutcome");
        body.Value("issue.code").Should().Be("not-found");
        body.Value("issue.details.coding.system").Should().Be(CodeSystem);
        body.Value("issue.details.coding.code").Should().Be("HOST404");
    }

    [Theory]
    [InlineData("/fhir/R4/metadata")]
    [InlineData("/fhir/STU3/metadata")]
    public async Task Post_Metadata_Returns405OperationOutcome(string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), new StringContent("{}"));

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        var body = await FhirBody.ReadAsync(response);
        body.ResourceType.Should().Be("OperationOutcome");
        body.Value("issue.code").Should().Be("not-supported");
        body.Value("issue.details.coding.code").Should().Be("HOST405");
    }

    [Theory]
    [InlineData("/fhir/R4/metadata", "Accept", "text/plain")]
    [InlineData("/fhir/STU3/metadata", "Accept", "text/plain")]
    [InlineData("/fhir/R4/metadata?_format=turtle", null, null)]
    [InlineData("/fhir/R4/metadata?_format=text/plain", "Accept", "application/fhir+json")]
    public async Task Get_UnsupportedFormat_Returns406JsonOperationOutcome(string pathAndQuery, string? header, string? value)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (header is not null)
        {
            request.Headers.TryAddWithoutValidation(header, value);
        }

        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.NotAcceptable);
        response.Content.Headers.ContentType!.ToString().Should().Be("application/fhir+json; charset=utf-8");
        var body = await FhirBody.ReadAsync(response);
        body.ResourceType.Should().Be("OperationOutcome");
        body.Value("issue.code").Should().Be("not-supported");
        body.Value("issue.details.coding.code").Should().Be("HOST406");
    }

    [Fact]
    public async Task Get_UnknownRouteAskingForXml_Returns404XmlOperationOutcome()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/fhir/STU3/Patient?_format=xml", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/fhir+xml");
        var body = await FhirBody.ReadAsync(response);
        body.ResourceType.Should().Be("OperationOutcome");
        body.Value("issue.details.coding.code").Should().Be("HOST404");
    }

    [Theory]
    [InlineData("/fhir/R4/metadata")]
    [InlineData("/fhir/STU3/metadata?_format=xml")]
    public async Task Get_DependencyThrows_Returns500OperationOutcomeWithoutExceptionOrRequestText(string pathAndQuery)
    {
        const string Secret = "9912003890-secret";
        // A host of its own, so the log assertions see only this request's entries.
        using var host = new InteropHostFactory();
        using var failing = host.WithWebHostBuilder(builder => builder.ConfigureServices(
            services => services.AddSingleton<TimeProvider>(new ThrowingTimeProvider(Secret))));
        using var client = failing.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery + (pathAndQuery.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "patient=" + Secret);

        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        var text = await response.Content.ReadAsStringAsync();
        text.Should().NotContain(Secret).And.NotContain("InvalidOperationException").And.NotContain("   at ");
        var body = await FhirBody.ReadAsync(response);
        body.ResourceType.Should().Be("OperationOutcome");
        body.Value("issue.code").Should().Be("exception");
        body.Value("issue.details.coding.code").Should().Be("HOST500");
        host.Logs.Entries.Should().Contain(e => e.EventId == 500 && e.Text.Contains("InvalidOperationException", StringComparison.Ordinal));
        host.Logs.Entries.Should().NotContain(e => e.Text.Contains(Secret, StringComparison.Ordinal));
    }
}
