using FluentAssertions;
using Interop.Fhir;
using Interop.Mappings.Stu3ToR4;

namespace Interop.Mappings.Tests.Stu3ToR4;

public sealed class UpdateRecordConversionTests
{
    /// <summary>The resource types the Update Record and eDischarge flows carry, validated against their UK Core profile.</summary>
    private static readonly HashSet<string> UkCoreTypes =
    [
        "Patient", "Practitioner", "PractitionerRole", "Organization", "Encounter", "Composition", "Observation", "MedicationStatement",
        "MedicationRequest", "MedicationDispense", "Medication", "Condition", "AllergyIntolerance", "Procedure", "Flag", "ServiceRequest", "List",
    ];

    [Theory]
    [MemberData(nameof(Stu3Examples.Files), MemberType = typeof(Stu3Examples))]
    public void Convert_UpdateRecordExample_ReportsOnlyExpectedIssues(string file)
    {
        var result = Stu3ToR4Converter.Convert(Stu3Examples.Parse(file));

        result.Resource.Should().NotBeNull();
        result.Issues.Where(i => !UpdateRecordExpectations.ConversionIssues.Any(e => e.Matches(i.Code, i.Path)))
            .Select(i => i.ToString()).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Stu3Examples.Files), MemberType = typeof(Stu3Examples))]
    public void Convert_UpdateRecordExample_ResourcesValidateAgainstUkCore(string file)
    {
        var converted = Stu3ToR4Converter.Convert(Stu3Examples.Parse(file)).Resource!;

        var errors = new List<string>();
        var validated = 0;
        foreach (var (resource, path) in Stu3Examples.Resources(converted, converted.ClassMapping.Name))
        {
            var type = resource.ClassMapping.Name;
            if (!UkCoreTypes.Contains(type))
            {
                continue;
            }

            validated++;
            var validation = UkCoreValidator.Instance.Validate(resource, [$"https://fhir.hl7.org.uk/StructureDefinition/UKCore-{type}"]);
            errors.AddRange(validation.Issues
                .Where(i => i.IsError && !UpdateRecordExpectations.ValidationErrors.Any(e => e.Matches(i.Code, $"{path}:{i.Expression}")))
                .Select(i => $"{i.Code}@{path}:{i.Expression} {i.Message}"));
        }

        errors.Should().BeEmpty();
        (validated > 0 || converted.ClassMapping.Name == "ClinicalImpression").Should().BeTrue("every example but the ClinicalImpression fragments holds a UK Core type");
    }

    [Fact]
    public void Convert_MessageBundle_KeepsEveryFullUrlAndReference()
    {
        var source = (Interop.Fhir.Stu3.Bundle)Stu3Examples.Parse("pharmacy-first-service--example-1.xml");

        var converted = (Interop.Fhir.R4.Bundle)Stu3ToR4Converter.Convert(source).Resource!;

        converted.Entry.Select(e => e.FullUrl?.Value).Should().Equal(source.Entry.Select(e => e.FullUrl?.Value));
        var document = (Interop.Fhir.R4.Bundle)converted.Entry[2].Resource!;
        var composition = (Interop.Fhir.R4.Composition)document.Entry[0].Resource!;
        var stu3Composition = (Interop.Fhir.Stu3.Composition)((Interop.Fhir.Stu3.Bundle)source.Entry[2].Resource!).Entry[0].Resource!;
        composition.Subject!.ReferenceElement!.Value.Should().StartWith("urn:uuid:").And.Be(stu3Composition.Subject!.ReferenceElement!.Value);
        converted.Timestamp!.Value.Should().Be(((Interop.Fhir.Stu3.MessageHeader)source.Entry[0].Resource!).Timestamp!.RawValue);
    }
}
