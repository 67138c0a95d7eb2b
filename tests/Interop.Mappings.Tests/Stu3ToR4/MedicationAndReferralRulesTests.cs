using FluentAssertions;
using R4 = Interop.Fhir.R4;

namespace Interop.Mappings.Tests.Stu3ToR4;

public sealed class MedicationAndReferralRulesTests
{
    private const string Subject = "\"subject\":{\"reference\":\"urn:uuid:p\"}";

    [Theory]
    [InlineData("y", "active")]
    [InlineData("n", "not-taken")]
    [InlineData("unk", "unknown")]
    public void Convert_MedicationStatementTaken_BecomesStatus(string taken, string status)
    {
        var statement = Stu3Json.Convert<R4.MedicationStatement>($$$"""
            {"resourceType":"MedicationStatement","status":"active","taken":"{{{taken}}}",{{{Subject}}},"medicationCodeableConcept":{"text":"x"},
             "reasonNotTaken":[{"text":"why"}]}
            """);

        statement.Status!.Value.Should().Be(status);
        statement.StatusReason.Should().ContainSingle().Which.Text!.Value.Should().Be("why");
    }

    [Fact]
    public void Convert_StoppedMedicationStatementNotTaken_StaysStopped()
    {
        var statement = Stu3Json.Convert<R4.MedicationStatement>($$$"""
            {"resourceType":"MedicationStatement","status":"stopped","taken":"n",{{{Subject}}},"medicationCodeableConcept":{"text":"x"}}
            """);

        statement.Status!.Value.Should().Be("stopped");
    }

    [Fact]
    public void Convert_MedicationStatementTakenNotApplicable_KeepsStatusAndReportsCnv003()
    {
        var result = Stu3Json.Convert($$$"""
            {"resourceType":"MedicationStatement","status":"completed","taken":"na",{{{Subject}}},"medicationCodeableConcept":{"text":"x"}}
            """);

        ((R4.MedicationStatement)result.Resource!).Status!.Value.Should().Be("completed");
        Stu3Json.Codes(result).Should().Equal("CNV003@taken");
    }

    [Theory]
    [InlineData("https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-MedicationChangeSummary-1", "Added", "added")]
    [InlineData("https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-MedicationChangeSummary-1", "Amended", "amended")]
    [InlineData("https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationChangeSummary-1", "Continued", "continued")]
    [InlineData("https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationChangeSummary-1", "On-hold", "on-hold")]
    public void Convert_MedicationChangeSummary_BecomesUkCoreWithStatusCoding(string url, string code, string ukCoreCode)
    {
        var result = Stu3Json.Convert($$$"""
            {"resourceType":"MedicationStatement",
             "extension":[{"url":"{{{url}}}","extension":[{"url":"status","valueCode":"{{{code}}}"},{"url":"detailsOfAmendment","valueString":"dose changed"}]}],
             "status":"active","taken":"y",{{{Subject}}},"medicationCodeableConcept":{"text":"x"}}
            """);

        var summary = ((R4.MedicationStatement)result.Resource!).Extension.Should().ContainSingle().Subject;
        summary.Url.Should().Be("https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-MedicationChangeSummary");
        var status = summary.Extension[0].Value.Should().BeOfType<R4.Coding>().Subject;
        (status.System!.Value, status.Code!.Value).Should().Be(("https://fhir.hl7.org.uk/CodeSystem/UKCore-MedicationChangeStatus", ukCoreCode));
        summary.Extension[1].Value.Should().BeOfType<R4.FhirString>().Which.Value.Should().Be("dose changed");
        result.Issues.Should().BeEmpty();
    }

    [Fact]
    public void Convert_MedicationChangeSummaryWithUnknownStatus_CarriesSummaryWithoutStatusAndReportsCnv003()
    {
        var result = Stu3Json.Convert($$$"""
            {"resourceType":"MedicationStatement",
             "extension":[{"url":"https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-MedicationChangeSummary-1",
                           "extension":[{"url":"status","valueCode":"Stopped"},{"url":"dateChanged","valueDateTime":"2026-11-18"}]}],
             "status":"stopped","taken":"y",{{{Subject}}},"medicationCodeableConcept":{"text":"x"}}
            """);

        var summary = ((R4.MedicationStatement)result.Resource!).Extension.Should().ContainSingle().Subject;
        summary.Extension.Select(e => e.Url).Should().Equal("dateChanged");
        Stu3Json.Codes(result).Should().Equal("CNV003@extension");
    }

    [Fact]
    public void Convert_MedicationRequest_CarriesAgentContextSubstitutionAndRepeats()
    {
        var result = Stu3Json.Convert($$$"""
            {"resourceType":"MedicationRequest","status":"active","intent":"order",{{{Subject}}},"medicationCodeableConcept":{"text":"x"},
             "requester":{"agent":{"reference":"urn:uuid:gp"},"onBehalfOf":{"reference":"urn:uuid:org"}},
             "context":{"reference":"urn:uuid:e"},"substitution":{"allowed":false},"dispenseRequest":{"numberOfRepeatsAllowed":3}}
            """);

        var request = (R4.MedicationRequest)result.Resource!;
        request.Requester!.ReferenceElement!.Value.Should().Be("urn:uuid:gp");
        request.Encounter!.ReferenceElement!.Value.Should().Be("urn:uuid:e");
        request.Substitution!.Allowed.Should().BeOfType<R4.FhirBoolean>().Which.RawValue.Should().Be("false");
        request.DispenseRequest!.NumberOfRepeatsAllowed!.RawValue.Should().Be("3");
        Stu3Json.Codes(result).Should().Equal("CNV001@onBehalfOf");
    }

    [Fact]
    public void Convert_MedicationDispenseNotDone_BecomesDeclinedWithReason()
    {
        var result = Stu3Json.Convert($$$"""
            {"resourceType":"MedicationDispense","status":"stopped","notDone":true,"notDoneReasonCodeableConcept":{"text":"out of stock"},
             {{{Subject}}},"medicationCodeableConcept":{"text":"x"},"performer":[{"actor":{"reference":"urn:uuid:ph"},"onBehalfOf":{"reference":"urn:uuid:org"}}]}
            """);

        var dispense = (R4.MedicationDispense)result.Resource!;
        dispense.Status!.Value.Should().Be("declined");
        dispense.StatusReason.Should().BeOfType<R4.CodeableConcept>().Which.Text!.Value.Should().Be("out of stock");
        dispense.Performer[0].Actor!.ReferenceElement!.Value.Should().Be("urn:uuid:ph");
        Stu3Json.Codes(result).Should().Equal("CNV001@onBehalfOf");
    }

    [Fact]
    public void Convert_MedicationIngredientAmountAndIsBrand_BecomeStrengthAndAReport()
    {
        var result = Stu3Json.Convert("""
            {"resourceType":"Medication","code":{"text":"x"},"isBrand":true,
             "ingredient":[{"itemCodeableConcept":{"text":"y"},"amount":{"numerator":{"value":5,"unit":"mg"},"denominator":{"value":1}}}]}
            """);

        var medication = (R4.Medication)result.Resource!;
        medication.Ingredient[0].Strength!.Numerator!.Unit!.Value.Should().Be("mg");
        medication.Ingredient[0].Item.Should().BeOfType<R4.CodeableConcept>();
        Stu3Json.Codes(result).Should().Equal("CNV001@isBrand");
    }

    [Theory]
    [InlineData("active", "active")]
    [InlineData("suspended", "on-hold")]
    [InlineData("cancelled", "revoked")]
    public void Convert_ReferralRequestStatus_BecomesServiceRequestStatus(string stu3, string r4)
    {
        var request = Stu3Json.Convert<R4.ServiceRequest>($$$"""{"resourceType":"ReferralRequest","status":"{{{stu3}}}","intent":"order",{{{Subject}}}}""");

        request.Status!.Value.Should().Be(r4);
    }

    [Fact]
    public void Convert_ReferralRequest_CarriesEachElementIntoServiceRequest()
    {
        var result = Stu3Json.Convert($$$"""
            {"resourceType":"ReferralRequest","status":"active","intent":"order","priority":"urgent",{{{Subject}}},
             "groupIdentifier":{"value":"g1"},"type":{"text":"referral"},"serviceRequested":[{"text":"minor illness"},{"text":"second"}],
             "context":{"reference":"urn:uuid:e"},"requester":{"agent":{"reference":"urn:uuid:gp"}},
             "specialty":{"text":"pharmacy"},"recipient":[{"reference":"urn:uuid:ph"}],"description":"sore throat"}
            """);

        var request = (R4.ServiceRequest)result.Resource!;
        request.Requisition!.Value!.Value.Should().Be("g1");
        request.Category.Should().ContainSingle().Which.Text!.Value.Should().Be("referral");
        request.Code!.Text!.Value.Should().Be("minor illness");
        request.Encounter!.ReferenceElement!.Value.Should().Be("urn:uuid:e");
        request.Requester!.ReferenceElement!.Value.Should().Be("urn:uuid:gp");
        request.PerformerType!.Text!.Value.Should().Be("pharmacy");
        request.Performer.Should().ContainSingle().Which.ReferenceElement!.Value.Should().Be("urn:uuid:ph");
        request.Note.Should().ContainSingle().Which.Text!.Value.Should().Be("sore throat");
        request.Priority!.Value.Should().Be("urgent");
        Stu3Json.Codes(result).Should().Equal("CNV006@serviceRequested[1]");
    }
}
