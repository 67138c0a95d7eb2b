using Interop.Fhir.Validation.Terminology;

namespace Interop.Fhir.Validation.Tests.Terminology;

/// <summary>Codes checked against core R4 and UK Core value sets.</summary>
public sealed class TerminologyServiceCoreTests
{
    private const string Gender = "http://hl7.org/fhir/administrative-gender";
    private const string RoleCode = "http://terminology.hl7.org/CodeSystem/v3-RoleCode";
    private const string ParticipationType = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";

    [Theory]
    [InlineData("http://hl7.org/fhir/ValueSet/administrative-gender", Gender, "female", CodeCheck.Member)]
    [InlineData("http://hl7.org/fhir/ValueSet/administrative-gender", Gender, "Female", CodeCheck.NotMember)]
    [InlineData("http://hl7.org/fhir/ValueSet/administrative-gender", Gender, "woman", CodeCheck.NotMember)]
    [InlineData("http://hl7.org/fhir/ValueSet/administrative-gender", "http://example.org/other", "female", CodeCheck.NotMember)]
    [InlineData("http://hl7.org/fhir/ValueSet/observation-status", "http://hl7.org/fhir/observation-status", "final", CodeCheck.Member)]
    [InlineData("http://hl7.org/fhir/ValueSet/observation-status", "http://hl7.org/fhir/observation-status", "done", CodeCheck.NotMember)]
    public void CheckCode_RequiredBindingValueSets_AnswersMembership(string valueSet, string system, string code, CodeCheck expected) =>
        TerminologyTestData.NewService().CheckCode(valueSet, system, code).Should().Be(expected);

    [Theory]
    [InlineData("male", CodeCheck.Member)]
    [InlineData("unknown", CodeCheck.Member)]
    [InlineData("M", CodeCheck.NotMember)]
    public void CheckCode_WithoutSystem_MatchesCodeAlone(string code, CodeCheck expected) =>
        TerminologyTestData.NewService().CheckCode("http://hl7.org/fhir/ValueSet/administrative-gender", null, code).Should().Be(expected);

    [Theory]
    [InlineData("FAMMEMB", CodeCheck.Member)]
    [InlineData("SIB", CodeCheck.Member)]
    [InlineData("_PersonalRelationshipRoleType", CodeCheck.NotMember)]
    [InlineData("DOCTOR", CodeCheck.NotMember)]
    public void CheckCode_IsAFilterWithExclusion_ExpandsHierarchy(string code, CodeCheck expected) =>
        TerminologyTestData.NewService().CheckCode("http://terminology.hl7.org/ValueSet/v3-PersonalRelationshipRoleType", RoleCode, code).Should().Be(expected);

    [Theory]
    [InlineData(ParticipationType, "ADM", CodeCheck.Member)]
    [InlineData(ParticipationType, "SPRF", CodeCheck.Member)]
    [InlineData(ParticipationType, "_ParticipationAncillary", CodeCheck.NotExpandable)]
    [InlineData("http://terminology.hl7.org/CodeSystem/participant-type", "translator", CodeCheck.NotExpandable)]
    public void CheckCode_ValueSetPartlyFromAnUnloadedSystem_ConfirmsOnlyWhatItCanExpand(string system, string code, CodeCheck expected) =>
        TerminologyTestData.NewService().CheckCode("http://hl7.org/fhir/ValueSet/encounter-participant-type", system, code).Should().Be(expected);

    [Theory]
    [InlineData("http://hl7.org/fhir/ValueSet/example-hierarchical", "http://hl7.org/fhir/hacked", "conflict", CodeCheck.Member)]
    [InlineData("http://hl7.org/fhir/ValueSet/example-hierarchical", "http://hl7.org/fhir/hacked", "duplicate", CodeCheck.Member)]
    [InlineData("http://hl7.org/fhir/ValueSet/example-hierarchical", "http://hl7.org/fhir/hacked", "structure", CodeCheck.Member)]
    [InlineData("http://hl7.org/fhir/ValueSet/example-hierarchical", "http://hl7.org/fhir/hacked", "invalid", CodeCheck.NotMember)]
    [InlineData("http://hl7.org/fhir/ValueSet/inactive", "http://terminology.hl7.org/CodeSystem/v3-ActMood", "GOL", CodeCheck.Member)]
    [InlineData("http://hl7.org/fhir/ValueSet/inactive", "http://terminology.hl7.org/CodeSystem/v3-ActMood", "EVN", CodeCheck.NotMember)]
    public void CheckCode_NestedStatedExpansion_FindsCodesAtAnyDepthButNotAbstractOnes(string valueSet, string system, string code, CodeCheck expected) =>
        TerminologyTestData.NewService().CheckCode(valueSet, system, code).Should().Be(expected);

    [Theory]
    [InlineData("http://hl7.org/fhir/ValueSet/clinical-findings", TerminologyTestData.Snomed, "22298006")]
    [InlineData("https://fhir.hl7.org.uk/ValueSet/UKCore-VaccineCode", "https://dmd.nhs.uk", "39114911000001105")]
    public void CheckCode_SnomedOrDmdFilter_IsNotExpandable(string valueSet, string system, string code) =>
        TerminologyTestData.NewService().CheckCode(valueSet, system, code).Should().Be(CodeCheck.NotExpandable);

    [Theory]
    [InlineData("https://fhir.hl7.org.uk/ValueSet/UKCore-PersonStatedGenderCode", "https://fhir.hl7.org.uk/CodeSystem/NHSDataModelAndDictionary-PersonStatedGenderCode", "9", CodeCheck.Member)]
    [InlineData("https://fhir.hl7.org.uk/ValueSet/UKCore-PersonStatedGenderCode", "https://fhir.hl7.org.uk/CodeSystem/NHSDataModelAndDictionary-PersonStatedGenderCode", "3", CodeCheck.NotMember)]
    [InlineData("https://fhir.hl7.org.uk/ValueSet/UKCore-VaccineCode", "http://terminology.hl7.org/CodeSystem/v3-NullFlavor", "UNK", CodeCheck.Member)]
    [InlineData("https://fhir.hl7.org.uk/ValueSet/UKCore-ACVPU", TerminologyTestData.Snomed, "248234008", CodeCheck.Member)]
    [InlineData("https://fhir.hl7.org.uk/ValueSet/UKCore-ACVPU", TerminologyTestData.Snomed, "22298006", CodeCheck.NotMember)]
    public void CheckCode_UkCoreValueSets_AnswersMembership(string valueSet, string system, string code, CodeCheck expected) =>
        TerminologyTestData.NewService().CheckCode(valueSet, system, code).Should().Be(expected);

    [Theory]
    [InlineData("http://hl7.org/fhir/ValueSet/administrative-gender|4.0.1", CodeCheck.Member)]
    [InlineData("http://hl7.org/fhir/ValueSet/administrative-gender|3.0.2", CodeCheck.UnknownValueSet)]
    [InlineData("http://hl7.org/fhir/ValueSet/no-such-value-set", CodeCheck.UnknownValueSet)]
    public void CheckCode_ValueSetUrlWithOrWithoutVersion_ResolvesThatVersion(string valueSet, CodeCheck expected) =>
        TerminologyTestData.NewService().CheckCode(valueSet, Gender, "male").Should().Be(expected);

    [Fact]
    public void CheckCode_IncludePinnedToAVersionNotLoaded_UsesTheLoadedCodeSystem() =>
        TerminologyTestData.NewService().CheckCode("http://hl7.org/fhir/ValueSet/task-code", "http://hl7.org/fhir/CodeSystem/task-code", "fulfill")
            .Should().Be(CodeCheck.Member);
}
