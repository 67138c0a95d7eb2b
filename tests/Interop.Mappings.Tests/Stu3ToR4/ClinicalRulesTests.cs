using FluentAssertions;
using R4 = Interop.Fhir.R4;

namespace Interop.Mappings.Tests.Stu3ToR4;

public sealed class ClinicalRulesTests
{
    private const string Subject = "\"subject\":{\"reference\":\"urn:uuid:p\"}";

    [Fact]
    public void Convert_ObservationContextAndComment_BecomeEncounterAndNote()
    {
        var observation = Stu3Json.Convert<R4.Observation>($$$"""
            {"resourceType":"Observation","status":"final","code":{"text":"x"},{{{Subject}}},
             "context":{"reference":"urn:uuid:e"},"comment":"seen today"}
            """);

        observation.Encounter!.ReferenceElement!.Value.Should().Be("urn:uuid:e");
        observation.Note.Should().ContainSingle().Which.Text!.Value.Should().Be("seen today");
        observation.Subject!.ReferenceElement!.Value.Should().Be("urn:uuid:p");
    }

    [Fact]
    public void Convert_ObservationRelated_KeepsMembersAndDerivationAndReportsTheRest()
    {
        var result = Stu3Json.Convert($$$"""
            {"resourceType":"Observation","status":"final","code":{"text":"x"},{{{Subject}}},"related":[
              {"type":"has-member","target":{"reference":"urn:uuid:a"}},
              {"type":"derived-from","target":{"reference":"urn:uuid:b"}},
              {"type":"replaces","target":{"reference":"urn:uuid:c"}}]}
            """);

        var observation = (R4.Observation)result.Resource!;
        observation.HasMember.Select(r => r.ReferenceElement!.Value).Should().Equal("urn:uuid:a");
        observation.DerivedFrom.Select(r => r.ReferenceElement!.Value).Should().Equal("urn:uuid:b");
        result.Issues.Should().ContainSingle().Which.Path.Should().Be("Observation.related[2]");
    }

    [Fact]
    public void Convert_BloodPressure_KeepsComponentsWithTheirCodesAndQuantities()
    {
        var observation = Stu3Json.Convert<R4.Observation>($$$"""
            {"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://snomed.info/sct","code":"75367002"}]},{{{Subject}}},
             "component":[
              {"code":{"coding":[{"system":"http://snomed.info/sct","code":"72313002"}]},"valueQuantity":{"value":120,"unit":"mmHg","system":"http://unitsofmeasure.org","code":"mm[Hg]"}},
              {"code":{"coding":[{"system":"http://snomed.info/sct","code":"1091811000000102"}]},"valueQuantity":{"value":80.0,"unit":"mmHg","system":"http://unitsofmeasure.org","code":"mm[Hg]"}}]}
            """);

        observation.Component.Select(c => c.Code!.Coding[0].Code!.Value).Should().Equal("72313002", "1091811000000102");
        observation.Component.Select(c => ((R4.Quantity)c.Value!).Value!.RawValue).Should().Equal("120", "80.0");
    }

    [Fact]
    public void Convert_ObservationValueAttachment_ReportsCnv002()
    {
        var result = Stu3Json.Convert($$$"""
            {"resourceType":"Observation","status":"final","code":{"text":"x"},{{{Subject}}},"valueAttachment":{"contentType":"text/plain","data":"eA=="}}
            """);

        ((R4.Observation)result.Resource!).Value.Should().BeNull();
        Stu3Json.Codes(result).Should().Equal("CNV002@value");
    }

    [Theory]
    [InlineData("active", "confirmed", "active", "confirmed")]
    [InlineData("resolved", "provisional", "resolved", "provisional")]
    [InlineData("remission", "entered-in-error", "remission", "entered-in-error")]
    public void Convert_ConditionStatuses_BecomeCodeableConcepts(string clinical, string verification, string r4Clinical, string r4Verification)
    {
        var condition = Stu3Json.Convert<R4.Condition>($$$"""
            {"resourceType":"Condition","clinicalStatus":"{{{clinical}}}","verificationStatus":"{{{verification}}}",{{{Subject}}},"code":{"text":"x"}}
            """);

        condition.ClinicalStatus!.Coding.Should().ContainSingle().Which.System!.Value.Should().Be("http://terminology.hl7.org/CodeSystem/condition-clinical");
        condition.ClinicalStatus.Coding[0].Code!.Value.Should().Be(r4Clinical);
        condition.VerificationStatus!.Coding[0].System!.Value.Should().Be("http://terminology.hl7.org/CodeSystem/condition-ver-status");
        condition.VerificationStatus.Coding[0].Code!.Value.Should().Be(r4Verification);
    }

    [Fact]
    public void Convert_ConditionUnknownVerificationAndAbatementBoolean_AreReported()
    {
        var result = Stu3Json.Convert($$$"""
            {"resourceType":"Condition","verificationStatus":"unknown",{{{Subject}}},"code":{"text":"x"},"abatementBoolean":true}
            """);

        var condition = (R4.Condition)result.Resource!;
        condition.VerificationStatus.Should().BeNull();
        condition.Abatement.Should().BeNull();
        Stu3Json.Codes(result).Should().Equal("CNV003@verificationStatus", "CNV002@abatement");
    }

    [Fact]
    public void Convert_ConditionContextAndAssertedDate_BecomeEncounterAndCoreExtension()
    {
        var condition = Stu3Json.Convert<R4.Condition>($$$"""
            {"resourceType":"Condition",{{{Subject}}},"code":{"text":"x"},"context":{"reference":"urn:uuid:e"},"assertedDate":"2023-08-08"}
            """);

        condition.Encounter!.ReferenceElement!.Value.Should().Be("urn:uuid:e");
        var extension = condition.Extension.Should().ContainSingle().Subject;
        extension.Url.Should().Be("http://hl7.org/fhir/StructureDefinition/condition-assertedDate");
        extension.Value.Should().BeOfType<R4.FhirDateTime>().Which.Value.Should().Be("2023-08-08");
        condition.RecordedDate.Should().BeNull();
    }

    [Fact]
    public void Convert_AllergyIntoleranceStatusesAndAssertedDate_BecomeR4Forms()
    {
        var allergy = Stu3Json.Convert<R4.AllergyIntolerance>("""
            {"resourceType":"AllergyIntolerance","clinicalStatus":"inactive","verificationStatus":"unconfirmed",
             "patient":{"reference":"urn:uuid:p"},"assertedDate":"2023-08-08T10:00:00Z"}
            """);

        allergy.ClinicalStatus!.Coding[0].System!.Value.Should().Be("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical");
        allergy.ClinicalStatus.Coding[0].Code!.Value.Should().Be("inactive");
        allergy.VerificationStatus!.Coding[0].System!.Value.Should().Be("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification");
        allergy.VerificationStatus.Coding[0].Code!.Value.Should().Be("unconfirmed");
        allergy.Extension.Should().ContainSingle().Which.Url.Should().Be("http://hl7.org/fhir/StructureDefinition/allergyintolerance-assertedDate");
    }

    [Fact]
    public void Convert_ProcedureNotDone_BecomesNotDoneStatusWithReasonFunctionAndEncounter()
    {
        var result = Stu3Json.Convert($$$"""
            {"resourceType":"Procedure","status":"suspended","notDone":true,"notDoneReason":{"text":"declined"},{{{Subject}}},"code":{"text":"x"},
             "context":{"reference":"urn:uuid:e"},"performer":[{"role":{"text":"nurse"},"actor":{"reference":"urn:uuid:n"}}],
             "definition":[{"reference":"PlanDefinition/1"}]}
            """);

        var procedure = (R4.Procedure)result.Resource!;
        procedure.Status!.Value.Should().Be("not-done");
        procedure.StatusReason!.Text!.Value.Should().Be("declined");
        procedure.Encounter!.ReferenceElement!.Value.Should().Be("urn:uuid:e");
        procedure.Performer[0].Function!.Text!.Value.Should().Be("nurse");
        Stu3Json.Codes(result).Should().Equal("CNV001@definition");
    }

    [Fact]
    public void Convert_EncounterReasonReferralAndDiagnosisRole_BecomeR4Elements()
    {
        var encounter = Stu3Json.Convert<R4.Encounter>("""
            {"resourceType":"Encounter","status":"finished","class":{"system":"http://hl7.org/fhir/v3/ActCode","code":"AMB"},
             "reason":[{"text":"cough"}],"incomingReferral":[{"reference":"urn:uuid:r"}],
             "diagnosis":[{"condition":{"reference":"urn:uuid:c"},"role":{"text":"chief complaint"}}]}
            """);

        encounter.ReasonCode.Should().ContainSingle().Which.Text!.Value.Should().Be("cough");
        encounter.BasedOn.Should().ContainSingle().Which.ReferenceElement!.Value.Should().Be("urn:uuid:r");
        encounter.Diagnosis[0].Use!.Text!.Value.Should().Be("chief complaint");
        encounter.Class!.System!.Value.Should().Be("http://terminology.hl7.org/CodeSystem/v3-ActCode");
    }

    [Fact]
    public void Convert_CompositionClass_BecomesCategory()
    {
        var composition = Stu3Json.Convert<R4.Composition>($$$"""
            {"resourceType":"Composition","status":"final","type":{"text":"x"},"class":{"text":"discharge"},{{{Subject}}},
             "date":"2023-08-08T10:00:00Z","author":[{"reference":"urn:uuid:a"}],"title":"t"}
            """);

        composition.Category.Should().ContainSingle().Which.Text!.Value.Should().Be("discharge");
    }

    [Fact]
    public void Convert_ClinicalImpressionFindingAndContext_BecomeItemCodeableConceptAndEncounter()
    {
        var impression = Stu3Json.Convert<R4.ClinicalImpression>($$$"""
            {"resourceType":"ClinicalImpression","status":"completed",{{{Subject}}},"context":{"reference":"urn:uuid:e"},
             "finding":[{"itemCodeableConcept":{"text":"wheeze"}},{"itemReference":{"reference":"urn:uuid:o"}}]}
            """);

        impression.Encounter!.ReferenceElement!.Value.Should().Be("urn:uuid:e");
        impression.Finding[0].ItemCodeableConcept!.Text!.Value.Should().Be("wheeze");
        impression.Finding[1].ItemReference!.ReferenceElement!.Value.Should().Be("urn:uuid:o");
    }
}
