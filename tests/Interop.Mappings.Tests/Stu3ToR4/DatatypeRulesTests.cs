using FluentAssertions;
using Interop.Mappings.Stu3ToR4;
using R4 = Interop.Fhir.R4;

namespace Interop.Mappings.Tests.Stu3ToR4;

public sealed class DatatypeRulesTests
{
    [Theory]
    [InlineData("https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NHSNumberVerificationStatus-1", "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-NHSNumberVerificationStatus-1")]
    [InlineData("https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NHSNumberVerificationStatus-1", "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-NHSNumberVerificationStatus-1")]
    public void Convert_NhsNumberVerificationStatus_BecomesUkCoreExtensionAndEnglandCodeSystem(string extensionUrl, string system)
    {
        var patient = Stu3Json.Convert<R4.Patient>($$$"""
            {"resourceType":"Patient","identifier":[{"extension":[{"url":"{{{extensionUrl}}}",
              "valueCodeableConcept":{"coding":[{"system":"{{{system}}}","code":"01"}]}}],
              "system":"https://fhir.nhs.uk/Id/nhs-number","value":"9000000009"}]}
            """);

        var extension = patient.Identifier[0].Extension.Should().ContainSingle().Subject;
        extension.Url.Should().Be("https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus");
        var coding = extension.Value.Should().BeOfType<R4.CodeableConcept>().Subject.Coding[0];
        coding.System!.Value.Should().Be("https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland");
        coding.Code!.Value.Should().Be("01");
        patient.Identifier[0].System!.Value.Should().Be("https://fhir.nhs.uk/Id/nhs-number");
    }

    [Theory]
    [InlineData("Extension-CareConnect-EthnicCategory-1", "Extension-UKCore-EthnicCategory")]
    [InlineData("Extension-CareConnect-OutcomeOfAttendance-1", "Extension-UKCore-OutcomeOfAttendance")]
    [InlineData("Extension-CareConnect-CareSettingType-1", "Extension-UKCore-CareSettingType")]
    public void Convert_CareConnectExtension_BecomesUkCoreExtension(string stu3, string ukCore)
    {
        var result = Stu3Json.Convert($$$"""
            {"resourceType":"Patient","extension":[{"url":"https://fhir.hl7.org.uk/STU3/StructureDefinition/{{{stu3}}}","valueCodeableConcept":{"text":"x"}}]}
            """);

        ((R4.Patient)result.Resource!).Extension[0].Url.Should().Be($"https://fhir.hl7.org.uk/StructureDefinition/{ukCore}");
        result.Issues.Should().BeEmpty();
    }

    [Fact]
    public void Convert_Stu3ExtensionWithoutUkCoreEquivalent_KeepsUrlAndReportsCnv007()
    {
        const string Url = "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-ITK-MessageHandling-2";

        var result = Stu3Json.Convert($$$"""{"resourceType":"Patient","extension":[{"url":"{{{Url}}}","valueString":"x"}]}""");

        ((R4.Patient)result.Resource!).Extension[0].Url.Should().Be(Url);
        Stu3Json.Codes(result).Should().Equal("CNV007@url");
    }

    [Theory]
    [InlineData("http://hl7.org/fhir/v3/ActCode", "http://terminology.hl7.org/CodeSystem/v3-ActCode")]
    [InlineData("http://hl7.org/fhir/v2/0203", "http://terminology.hl7.org/CodeSystem/v2-0203")]
    [InlineData("http://hl7.org/fhir/observation-category", "http://terminology.hl7.org/CodeSystem/observation-category")]
    [InlineData("https://fhir.nhs.uk/CodeSystem/RecordStandardHeadings", "https://fhir.hl7.org.uk/CodeSystem/UKCore-RecordStandardHeadings")]
    [InlineData("https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1", "https://fhir.hl7.org.uk/CodeSystem/UKCore-SDSJobRoleName")]
    [InlineData("http://snomed.info/sct", "http://snomed.info/sct")]
    public void Convert_CodingSystem_MovesToItsR4Url(string stu3, string r4)
    {
        var flag = Stu3Json.Convert<R4.Flag>($$$"""
            {"resourceType":"Flag","status":"active","code":{"coding":[{"system":"{{{stu3}}}","code":"x"}]},"subject":{"reference":"urn:uuid:1"}}
            """);

        flag.Code!.Coding[0].System!.Value.Should().Be(r4);
    }

    [Fact]
    public void Convert_MetaProfiles_MapsCareConnectAndReportsTheRestWithoutLeavingAnEmptyMeta()
    {
        var mapped = Stu3Json.Convert<R4.Patient>("""
            {"resourceType":"Patient","meta":{"profile":["https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-1"]}}
            """);
        var unmapped = Stu3Json.Convert("""
            {"resourceType":"Bundle","type":"collection","meta":{"profile":["https://fhir.nhs.uk/STU3/StructureDefinition/ITK-Message-Bundle-1"]}}
            """);

        mapped.Meta!.Profile.Select(p => p.Value).Should().Equal("https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient");
        ((R4.Bundle)unmapped.Resource!).Meta.Should().BeNull();
        Stu3Json.Codes(unmapped).Should().Equal("CNV004@profile[0]");
    }

    [Fact]
    public void Convert_ReferenceIdentifierWithVerificationStatus_LeavesTheExtensionOutWithCnv009()
    {
        var result = Stu3Json.Convert("""
            {"resourceType":"Flag","status":"active","code":{"text":"x"},"subject":{"identifier":{"extension":[{
              "url":"https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NHSNumberVerificationStatus-1",
              "valueCodeableConcept":{"text":"x"}}],"system":"https://fhir.nhs.uk/Id/nhs-number","value":"9000000009"}}}
            """);

        var identifier = ((R4.Flag)result.Resource!).Subject!.Identifier!;
        identifier.Extension.Should().BeEmpty();
        identifier.Value!.Value.Should().Be("9000000009");
        Stu3Json.Codes(result).Should().Equal("CNV009@identifier");
    }

    [Fact]
    public void Convert_DosageDoseAndRate_GoIntoOneDoseAndRate()
    {
        var statement = Stu3Json.Convert<R4.MedicationStatement>("""
            {"resourceType":"MedicationStatement","status":"active","taken":"y","subject":{"reference":"urn:uuid:1"},
             "medicationCodeableConcept":{"text":"x"},
             "dosage":[{"text":"one daily","doseQuantity":{"value":1,"unit":"tablet"},"rateQuantity":{"value":2}}]}
            """);

        var doseAndRate = statement.Dosage[0].DoseAndRate.Should().ContainSingle().Subject;
        doseAndRate.Dose.Should().BeOfType<R4.Quantity>().Which.Unit!.Value.Should().Be("tablet");
        doseAndRate.Rate.Should().BeOfType<R4.Quantity>().Which.Value!.RawValue.Should().Be("2");
        statement.Dosage[0].Text!.Value.Should().Be("one daily");
    }

    [Fact]
    public void Convert_PrimitiveInvalidInItsR4Type_ReportsCnv002()
    {
        var result = Stu3Json.Convert("""
            {"resourceType":"MedicationStatement","status":"active","taken":"y","subject":{"reference":"urn:uuid:1"},
             "medicationCodeableConcept":{"text":"x"},"dosage":[{"timing":{"repeat":{"frequency":0,"period":1,"periodUnit":"d"}}}]}
            """);

        ((R4.MedicationStatement)result.Resource!).Dosage[0].Timing!.Repeat!.Frequency.Should().BeNull();
        Stu3Json.Codes(result).Should().Equal("CNV002@frequency");
    }

    [Fact]
    public void Convert_MessageHeaderEventSignatureAndBinary_BecomeR4Elements()
    {
        var result = Stu3Json.Convert("""
            {"resourceType":"Bundle","type":"message","signature":{"type":[{"system":"urn:iso-astm:E1762-95:2013","code":"1.2.840.10065.1.12.1.1"}],
              "when":"2023-08-08T10:00:00Z","whoReference":{"reference":"urn:uuid:gp"},"contentType":"image/jpg","blob":"eA=="},
             "entry":[{"fullUrl":"urn:uuid:h","resource":{"resourceType":"MessageHeader","event":{"system":"https://fhir.nhs.uk/STU3/CodeSystem/ITK-MessageEvent-2","code":"ITK010D"},
               "timestamp":"2023-08-08T10:00:00+01:00","source":{"endpoint":"urn:nhs-uk:addressing:ods:X26"}}},
              {"fullUrl":"urn:uuid:b","resource":{"resourceType":"Binary","contentType":"text/plain","content":"eA=="}}]}
            """);

        var bundle = (R4.Bundle)result.Resource!;
        bundle.Signature!.SigFormat!.Value.Should().Be("image/jpg");
        bundle.Signature.Data!.RawValue.Should().Be("eA==");
        bundle.Signature.Who!.ReferenceElement!.Value.Should().Be("urn:uuid:gp");
        bundle.Timestamp!.Value.Should().Be("2023-08-08T10:00:00+01:00");
        var header = (R4.MessageHeader)bundle.Entry[0].Resource!;
        header.Event.Should().BeOfType<R4.Coding>().Which.Code!.Value.Should().Be("ITK010D");
        header.Source!.Endpoint!.Value.Should().Be("urn:nhs-uk:addressing:ods:X26");
        ((R4.Binary)bundle.Entry[1].Resource!).Data!.RawValue.Should().Be("eA==");
        Stu3Json.Codes(result).Should().Equal("CNV008@timestamp");
    }

    [Theory]
    [InlineData("2023-08-08T09:00:00+01:00", "2023-08-08T09:00:00+01:00")]
    [InlineData("2023-08-08", "2023-08-08T09:12:14.2711908+01:00")]
    public void Convert_DocumentBundle_TimestampIsTheCompositionDateElseLastUpdated(string compositionDate, string expected)
    {
        // R4 bdl-10: a document Bundle must have a timestamp; the Update Record examples' Composition dates have no time.
        var bundle = Stu3Json.Convert<R4.Bundle>($$$"""
            {"resourceType":"Bundle","meta":{"lastUpdated":"2023-08-08T09:12:14.2711908+01:00"},"type":"document",
             "entry":[{"fullUrl":"urn:uuid:c","resource":{"resourceType":"Composition","status":"final","type":{"text":"x"},
               "date":"{{{compositionDate}}}","title":"x","author":[{"reference":"urn:uuid:a"}]}}]}
            """);

        bundle.Timestamp!.Value.Should().Be(expected);
    }

    [Fact]
    public void Convert_ResourceWithoutR4Type_ReturnsNoResourceAndCnv005()
    {
        var result = Stu3Json.Convert("""{"resourceType":"ProcedureRequest","status":"active","intent":"order","code":{"text":"x"},"subject":{"reference":"urn:uuid:1"}}""");

        result.Resource.Should().BeNull();
        result.Issues.Select(i => i.Code).Should().Equal(ConversionIssueCodes.ResourceNotConverted);
    }

    [Fact]
    public void Convert_R4Resource_Throws()
    {
        var act = () => Stu3ToR4Converter.Convert(new R4.Patient());

        act.Should().Throw<ArgumentException>();
    }
}
