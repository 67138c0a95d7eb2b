using Interop.Fhir.Serialization;
using Interop.Fhir.Serialization.Json;
using Interop.Fhir.Serialization.Xml;
using Interop.Fhir.Validation.Tests.Packages;
using Interop.Fhir.Validation.Validation;

namespace Interop.Fhir.Validation.Tests.Validation;

/// <summary>Extension urls, complex extensions' parts and the policy for extensions no loaded package defines.</summary>
public sealed class ExtensionRulesTests
{
    private const string Unknown = "https://fhir.partner.example/StructureDefinition/unknown";

    [Fact]
    public void Validate_RelativeUrlOutsideComplexExtension_ReportsExtensionUrlNotAbsolute()
    {
        var issues = Validate(new FhirValidator(Stores.R4Core), """{ "resourceType": "Patient", "extension": [{ "url": "something", "valueBoolean": true }] }""");

        issues.Should().ContainSingle(i => i.Code == ValidationCodes.ExtensionUrlNotAbsolute).Which.Expression.Should().Be("Patient.extension[0]");
    }

    [Theory]
    [InlineData("species", 0)]
    [InlineData("species-x", 1)]
    public void Validate_ComplexExtensionPart_ReportsPartsItsDefinitionLacks(string partUrl, int expected)
    {
        var json = $$"""
            { "resourceType": "Patient", "extension": [{ "url": "http://hl7.org/fhir/StructureDefinition/patient-animal", "extension": [
                { "url": "{{partUrl}}", "valueCodeableConcept": { "text": "dog" } }] }] }
            """;

        var issues = Validate(new FhirValidator(Stores.R4Core), json);

        issues.Where(i => i.Code == ValidationCodes.UnknownExtensionPart).Select(i => i.Expression)
            .Should().Equal(Enumerable.Repeat("Patient.extension[0].extension[0]", expected));
        issues.Should().NotContain(i => i.Code == ValidationCodes.ExtensionUrlNotAbsolute);
    }

    [Theory]
    [InlineData(false, false, IssueSeverity.Error)]
    [InlineData(false, true, IssueSeverity.Error)]
    [InlineData(true, false, null)]
    [InlineData(true, true, null)]
    public void Validate_UnknownExtension_AcceptedOnlyFromAllowedDomains(bool domainAllowed, bool modifier, IssueSeverity? expected)
    {
        var options = new ValidatorOptions { AllowedExtensionDomains = domainAllowed ? ["https://fhir.partner.example/"] : [] };
        var element = modifier ? "modifierExtension" : "extension";
        var json = $$"""{ "resourceType": "Patient", "{{element}}": [{ "url": "{{Unknown}}", "valueBoolean": true }] }""";

        var unknown = Validate(new FhirValidator(Stores.R4Core, options), json).Where(i => i.Code == ValidationCodes.UnknownExtension).ToList();

        unknown.Select(i => (IssueSeverity?)i.Severity).Should().Equal(expected is { } severity ? [severity] : []);
    }

    [Fact]
    public void Validate_UnknownModifierExtensionWithLoweredSeverity_StillAnError()
    {
        var options = new ValidatorOptions { UnknownExtensionSeverity = IssueSeverity.Warning };
        var json = $$"""{ "resourceType": "Patient", "modifierExtension": [{ "url": "{{Unknown}}", "valueBoolean": true }], "extension": [{ "url": "{{Unknown}}", "valueBoolean": true }] }""";

        var unknown = Validate(new FhirValidator(Stores.R4Core, options), json).Where(i => i.Code == ValidationCodes.UnknownExtension);

        unknown.Select(i => (i.Expression, i.Severity)).Should().BeEquivalentTo(
            [("Patient.modifierExtension[0]", IssueSeverity.Error), ("Patient.extension[0]", IssueSeverity.Warning)]);
    }

    public static TheoryData<string> UkCoreExamples() => [.. Directory.GetFiles(Path.Combine(Stores.UkCoreFolder, "examples"), "*.xml").Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(UkCoreExamples))]
    public void Validate_UkCoreExample_ExtensionsUsedWhereTheirDefinitionsAllow(string file)
    {
        var resource = new FhirXmlParser(Interop.Fhir.R4.FhirModel.Instance).Parse(File.ReadAllBytes(Path.Combine(Stores.UkCoreFolder, "examples", file))).Resource!;

        var issues = new FhirValidator(Stores.UkCore).Validate(resource).Issues;

        issues.Should().NotContain(i => i.Code == ValidationCodes.ExtensionContext || i.Code == ValidationCodes.ExtensionUrlNotAbsolute
            || i.Code == ValidationCodes.UnknownExtensionPart);
    }

    private static IReadOnlyList<ValidationIssue> Validate(FhirValidator validator, string json) =>
        validator.Validate(new FhirJsonParser(Interop.Fhir.R4.FhirModel.Instance).Parse(json).Resource!).Issues;
}
