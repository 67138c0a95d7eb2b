using Interop.Fhir.Introspection;
using Interop.Fhir.Serialization;
using Interop.Fhir.Serialization.Json;
using Interop.Fhir.Serialization.Xml;
using Interop.Functions.Tests.Support;
using R4 = Interop.Fhir.R4;
using Stu3 = Interop.Fhir.Stu3;

namespace Interop.Functions.Tests.Fhir;

/// <summary>The bodies the host writes are valid for the project's own strict parsers, in the version of their base.</summary>
public sealed class MetadataRoundTripTests(InteropHostFactory factory) : IClassFixture<InteropHostFactory>
{
    private static readonly FhirParserOptions Strict = new() { Strict = true };

    [Theory]
    [InlineData("json")]
    [InlineData("xml")]
    public async Task Get_R4Metadata_ParsesStrictlyAsAnR4CapabilityStatement(string format)
    {
        var result = await GetAndParse("/fhir/R4/metadata?_format=" + format, format, R4.FhirModel.Instance);

        result.Issues.Should().BeEmpty();
        var statement = result.ResourceAs<R4.CapabilityStatement>();
        statement.Should().NotBeNull();
        statement!.FhirVersion!.Value.Should().Be("4.0.1");
        statement.Format.Select(f => f.Value).Should().Contain(["json", "xml"]);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("xml")]
    public async Task Get_Stu3Metadata_ParsesStrictlyAsAnStu3CapabilityStatement(string format)
    {
        var result = await GetAndParse("/fhir/STU3/metadata?_format=" + format, format, Stu3.FhirModel.Instance);

        result.Issues.Should().BeEmpty();
        var statement = result.ResourceAs<Stu3.CapabilityStatement>();
        statement.Should().NotBeNull();
        statement!.FhirVersion!.Value.Should().Be("3.0.1");
        statement.AcceptUnknown!.Value.Should().Be("extensions");
    }

    [Theory]
    [InlineData("json")]
    [InlineData("xml")]
    public async Task Get_UnknownStu3Route_ParsesStrictlyAsAnStu3OperationOutcome(string format)
    {
        var result = await GetAndParse("/fhir/STU3/Nothing?_format=" + format, format, Stu3.FhirModel.Instance);

        result.Issues.Should().BeEmpty();
        var outcome = result.ResourceAs<Stu3.OperationOutcome>();
        outcome.Should().NotBeNull();
        outcome!.Issue.Should().ContainSingle().Which.Details!.Coding.Should().ContainSingle().Which.Code!.Value.Should().Be("HOST404");
    }

    private async Task<ParseResult> GetAndParse(string pathAndQuery, string format, ModelInfo model)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri(pathAndQuery, UriKind.Relative));
        var body = await response.Content.ReadAsByteArrayAsync();
        return format == "xml" ? new FhirXmlParser(model, Strict).Parse(body) : new FhirJsonParser(model, Strict).Parse(body);
    }
}
