using Interop.Fhir.Validation.Validation;

namespace Interop.Fhir.Validation.Tests.Validation;

/// <summary>Reading references and fullUrls of the RESTful form <c>[base/]Type/id[/_history/version]</c>.</summary>
public sealed class RestfulUrlTests
{
    [Theory]
    [InlineData("Patient/1", null, "Patient", "1", null, false)]
    [InlineData("http://server/fhir/Patient/1", "http://server/fhir", "Patient", "1", null, true)]
    [InlineData("https://server/Observation/o.2/_history/3", "https://server", "Observation", "o.2", "3", true)]
    [InlineData("ftp://server/Patient/1", "ftp://server", "Patient", "1", null, false)]
    public void Parse_RestfulUrl_ReadsItsParts(string url, string? expectedBase, string type, string id, string? version, bool absolute)
    {
        var parsed = RestfulUrl.Parse(url, Interop.Fhir.R4.FhirModel.Instance);

        parsed.Should().Be(new RestfulUrl(expectedBase, type, id, version));
        parsed!.IsAbsolute.Should().Be(absolute);
    }

    [Theory]
    [InlineData("urn:uuid:0d3f6e4a-63b2-4c7b-9d47-7f6c6d0d6f11")]
    [InlineData("http://server/fhir/metadata")]
    [InlineData("http://server/fhir/Unknown/1")]
    [InlineData("Patient/has space")]
    [InlineData("#contained")]
    public void Parse_OtherUrl_IsNull(string url) =>
        RestfulUrl.Parse(url, Interop.Fhir.R4.FhirModel.Instance).Should().BeNull();
}
