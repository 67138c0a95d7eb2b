using Interop.Fhir.FhirPath;
using Interop.Fhir.Navigation;
using Interop.Fhir.Serialization.Json;

namespace Interop.Fhir.Validation.Tests.Terminology;

/// <summary>FHIRPath's <c>memberOf()</c> on codes, Codings and CodeableConcepts.</summary>
public sealed class TerminologyServiceMemberOfTests
{
    private const string Observation = """
        {
          "resourceType": "Observation",
          "status": "final",
          "code": {
            "coding": [
              { "system": "http://example.org/other", "code": "x" },
              { "system": "http://example.org/fhir/CodeSystem/shapes", "code": "circle" }
            ]
          },
          "valueCodeableConcept": { "coding": [ { "system": "http://snomed.info/sct", "code": "22298006" } ] }
        }
        """;

    private static readonly Base ObservationResource = new FhirJsonParser(Interop.Fhir.R4.FhirModel.Instance).Parse(Observation).Resource!;

    [Theory]
    [InlineData("all-shapes", true)]
    [InlineData("is-a-polygon", false)]
    [InlineData("shapes-and-snomed", true)]
    public void MemberOf_CodeableConcept_IsMemberWhenAnyCodingIs(string valueSet, bool expected) =>
        TerminologyTestData.NewService().MemberOf(ObservationResource.Child("code")!, TerminologyTestData.FixtureValueSets + valueSet).Should().Be(expected);

    [Theory]
    [InlineData(0, "all-shapes", false)]
    [InlineData(1, "all-shapes", true)]
    [InlineData(1, "is-a-polygon", false)]
    public void MemberOf_Coding_ChecksItsSystemAndCode(int coding, string valueSet, bool expected) =>
        TerminologyTestData.NewService().MemberOf(ObservationResource.Child("code").Children("coding").ElementAt(coding), TerminologyTestData.FixtureValueSets + valueSet)
            .Should().Be(expected);

    [Theory]
    [InlineData("shapes-and-snomed")]
    [InlineData("no-such-value-set")]
    public void MemberOf_NotExpandableOrUnknownValueSet_IsNull(string valueSet) =>
        TerminologyTestData.NewService().MemberOf(ObservationResource.Child("value")!, TerminologyTestData.FixtureValueSets + valueSet).Should().BeNull();

    [Fact]
    public void MemberOf_CodePrimitive_MatchesByCodeAlone() =>
        TerminologyTestData.NewService().MemberOf(ObservationResource.Child("status")!, "http://hl7.org/fhir/ValueSet/observation-status").Should().BeTrue();

    [Theory]
    [InlineData("female", true)]
    [InlineData("woman", false)]
    public void MemberOf_SystemString_MatchesByCodeAlone(string code, bool expected) =>
        TerminologyTestData.NewService().MemberOf(code, "http://hl7.org/fhir/ValueSet/administrative-gender").Should().Be(expected);

    [Theory]
    [InlineData("Observation.code.memberOf('http://example.org/fhir/ValueSet/all-shapes')", true)]
    [InlineData("Observation.code.coding.where(code = 'circle').memberOf('http://example.org/fhir/ValueSet/is-a-polygon')", false)]
    [InlineData("Observation.status.memberOf('http://hl7.org/fhir/ValueSet/observation-status')", true)]
    public void MemberOf_FromFhirPath_AnswersTheFunction(string expression, bool expected)
    {
        var environment = new FhirPathEnvironment { Terminology = TerminologyTestData.NewService() };

        var result = new FhirPathCompiler(Interop.Fhir.R4.FhirModel.Instance).Compile(expression).Evaluate(ObservationResource, environment);

        result.Should().Equal(expected);
    }
}
