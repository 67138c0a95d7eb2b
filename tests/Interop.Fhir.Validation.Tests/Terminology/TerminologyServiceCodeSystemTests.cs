using Interop.Fhir.Validation.Terminology;

namespace Interop.Fhir.Validation.Tests.Terminology;

/// <summary>Codes checked against their own code system.</summary>
public sealed class TerminologyServiceCodeSystemTests
{
    [Theory]
    [InlineData("http://hl7.org/fhir/administrative-gender", "other", CodeSystemCheck.Known)]
    [InlineData("http://hl7.org/fhir/administrative-gender", "woman", CodeSystemCheck.Unknown)]
    [InlineData("http://terminology.hl7.org/CodeSystem/v3-RoleCode", "SIB", CodeSystemCheck.Known)]
    [InlineData(TerminologyTestData.Shapes, "PENTAGON", CodeSystemCheck.Known)]
    [InlineData("http://example.org/fhir/CodeSystem/versioned|1", "b", CodeSystemCheck.Unknown)]
    [InlineData("http://example.org/fhir/CodeSystem/versioned|2", "b", CodeSystemCheck.Known)]
    [InlineData(TerminologyTestData.Snomed, "22298006", CodeSystemCheck.NotExpandable)]
    [InlineData("https://dmd.nhs.uk", "39114911000001105", CodeSystemCheck.NotExpandable)]
    public void CheckCodeInSystem_LoadedOrNot_AnswersWhatItCan(string system, string code, CodeSystemCheck expected) =>
        TerminologyTestData.NewService().CheckCodeInSystem(system, code).Should().Be(expected);
}
