using Interop.Fhir.Validation.Validation;
using static Interop.Fhir.Validation.Tests.Validation.CoreValidation;

namespace Interop.Fhir.Validation.Tests.Validation;

/// <summary>References resolved inside a Bundle as R4's "Resolving references in Bundles" says, and what must resolve.</summary>
public sealed class BundleReferenceTests
{
    private const string Organization = """{"resourceType": "Organization", "id": "1", "name": "Surgery"}""";

    [Theory]
    [InlineData("http://server/fhir/Composition/c", "http://server/fhir/Organization/1", "Organization/1", 0)]
    [InlineData("http://server/fhir/Composition/c", "http://other/fhir/Organization/1", "Organization/1", 1)]
    [InlineData("urn:uuid:6a4e5f52-3f0b-4d8e-9d5a-2c1b7e0f9a10", "urn:uuid:0d3f6e4a-63b2-4c7b-9d47-7f6c6d0d6f11", "Organization/1", 1)]
    [InlineData("urn:uuid:6a4e5f52-3f0b-4d8e-9d5a-2c1b7e0f9a10", "urn:uuid:0d3f6e4a-63b2-4c7b-9d47-7f6c6d0d6f11", "urn:uuid:0d3f6e4a-63b2-4c7b-9d47-7f6c6d0d6f11", 0)]
    [InlineData("urn:uuid:6a4e5f52-3f0b-4d8e-9d5a-2c1b7e0f9a10", "http://server/fhir/Organization/1", "http://server/fhir/Organization/1", 0)]
    public void Validate_DocumentCompositionReference_MustResolveInsideTheBundle(string compositionUrl, string organizationUrl, string reference, int expected)
    {
        var bundle = Document(compositionUrl, $$""" "author": [{"reference": "{{reference}}"}]""", (organizationUrl, Organization));

        Where(bundle, ValidationCodes.UnresolvedReference).Should().HaveCount(expected).And.AllBe("Bundle.entry[0].resource.author[0]");
    }

    [Fact]
    public void Validate_RelativeReferenceBesideUrnFullUrlInCollection_IsNotAnError()
    {
        var bundle = """
            {"resourceType": "Bundle", "type": "collection", "entry": [
              {"fullUrl": "urn:uuid:6a4e5f52-3f0b-4d8e-9d5a-2c1b7e0f9a10",
               "resource": {"resourceType": "Patient", "generalPractitioner": [{"reference": "Organization/elsewhere"}]}}]}
            """;

        Where(bundle, ValidationCodes.UnresolvedReference).Should().BeEmpty();
    }

    [Fact]
    public void Validate_ReferenceResolvingToAnotherType_ReportsTypeMismatch()
    {
        var bundle = """
            {"resourceType": "Bundle", "type": "collection", "entry": [
              {"fullUrl": "http://server/fhir/Patient/p",
               "resource": {"resourceType": "Patient", "id": "p", "generalPractitioner": [{"reference": "Practitioner/1"}]}},
              {"fullUrl": "http://server/fhir/Practitioner/1", "resource": {"resourceType": "Organization", "id": "1"}}]}
            """;

        Where(bundle, ValidationCodes.ReferenceTypeMismatch).Should().Equal("Bundle.entry[0].resource.generalPractitioner[0]");
    }

    [Theory]
    [InlineData("Observation/o", 1, 0)]
    [InlineData("Observation/o/_history/2", 0, 0)]
    [InlineData("Observation/o/_history/3", 0, 1)]
    public void Validate_VersionsOfOneResource_ReferenceMustChooseOne(string reference, int ambiguous, int unresolved)
    {
        var observation = """{"resourceType": "Observation", "id": "o", "meta": {"versionId": "V"}, "status": "final", "code": {"text": "x"}}""";
        var bundle = Document(
            "http://server/fhir/Composition/c",
            $$""" "author": [{"reference": "Organization/1"}], "section": [{"title": "s", "entry": [{"reference": "{{reference}}"}]}]""",
            ("http://server/fhir/Organization/1", Organization),
            ("http://server/fhir/Observation/o", observation.Replace("\"V\"", "\"1\"", StringComparison.Ordinal)),
            ("http://server/fhir/Observation/o", observation.Replace("\"V\"", "\"2\"", StringComparison.Ordinal)));

        var issues = Issues(bundle);

        issues.Where(i => i.Code == ValidationCodes.AmbiguousReference).Select(i => i.Expression).Should().HaveCount(ambiguous)
            .And.AllBe("Bundle.entry[0].resource.section[0].entry[0]");
        issues.Where(i => i.Code == ValidationCodes.UnresolvedReference).Select(i => i.Expression).Should().HaveCount(unresolved)
            .And.AllBe("Bundle.entry[0].resource.section[0].entry[0]");
    }

    [Fact]
    public void Validate_UrnReferenceInMessageToNoEntry_IsUnresolved()
    {
        var bundle = """
            {"resourceType": "Bundle", "type": "message", "entry": [
              {"fullUrl": "urn:uuid:6a4e5f52-3f0b-4d8e-9d5a-2c1b7e0f9a10",
               "resource": {"resourceType": "MessageHeader", "eventCoding": {"system": "urn:e", "code": "e"},
                            "source": {"endpoint": "urn:s"}, "focus": [{"reference": "urn:uuid:0d3f6e4a-63b2-4c7b-9d47-7f6c6d0d6f11"}]}}]}
            """;

        Where(bundle, ValidationCodes.UnresolvedReference).Should().Equal("Bundle.entry[0].resource.focus[0]");
    }

    [Fact]
    public void Validate_DocumentInsideMessage_ResolvesToTheMessagesEntries()
    {
        var document = Document(
            "urn:uuid:11111111-1111-4111-8111-111111111111",
            """ "author": [{"reference": "urn:uuid:0d3f6e4a-63b2-4c7b-9d47-7f6c6d0d6f11"}]""");
        var message = $$"""
            {"resourceType": "Bundle", "type": "message", "entry": [
              {"fullUrl": "urn:uuid:6a4e5f52-3f0b-4d8e-9d5a-2c1b7e0f9a10",
               "resource": {"resourceType": "MessageHeader", "eventCoding": {"system": "urn:e", "code": "e"}, "source": {"endpoint": "urn:s"} } },
              {"fullUrl": "urn:uuid:22222222-2222-4222-8222-222222222222", "resource": {{document}}},
              {"fullUrl": "urn:uuid:0d3f6e4a-63b2-4c7b-9d47-7f6c6d0d6f11", "resource": {{Organization}}}]}
            """;

        Where(message, ValidationCodes.UnresolvedReference).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Patient/2", true, 1)]
    [InlineData("Patient/2", false, 0)]
    [InlineData("Patient/1", true, 0)]
    [InlineData("http://server/fhir/Patient/2", true, 0)]
    public void Validate_ResolveReferencesInParameters_RelativeReferenceMustNameAParameterResource(string reference, bool resolve, int expected)
    {
        var parameters = $$"""
            {"resourceType": "Parameters", "parameter": [
              {"name": "patient", "resource": {"resourceType": "Patient", "id": "1"} },
              {"name": "coverage", "resource": {"resourceType": "Coverage", "status": "active", "beneficiary": {"reference": "{{reference}}"},
                                               "payor": [{"display": "Payer"}]} }]}
            """;

        Where(parameters, ValidationCodes.UnresolvedReference, new ValidatorOptions { ResolveReferences = resolve })
            .Should().HaveCount(expected).And.AllBe("Parameters.parameter[1].resource.beneficiary");
    }

    // A document Bundle whose Composition (at compositionUrl) has the JSON members given, followed by the entries given.
    private static string Document(string compositionUrl, string members, params (string FullUrl, string Resource)[] entries) => $$"""
        {"resourceType": "Bundle", "type": "document", "identifier": {"system": "urn:ietf:rfc:3986", "value": "urn:uuid:33333333-3333-4333-8333-333333333333"},
         "timestamp": "2024-01-01T00:00:00Z", "entry": [
          {"fullUrl": "{{compositionUrl}}",
           "resource": {"resourceType": "Composition", "id": "c", "status": "final", "type": {"text": "t"}, "date": "2024-01-01",
                        "title": "t", {{members}} } }{{string.Concat(entries.Select(e => $$""", {"fullUrl": "{{e.FullUrl}}", "resource": {{e.Resource}} }"""))}}]}
        """;
}
