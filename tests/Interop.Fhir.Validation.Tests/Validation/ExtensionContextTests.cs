using Interop.Fhir.Serialization;
using Interop.Fhir.Serialization.Json;
using Interop.Fhir.Validation.Definitions;
using Interop.Fhir.Validation.Tests.Packages;
using Interop.Fhir.Validation.Validation;

namespace Interop.Fhir.Validation.Tests.Validation;

/// <summary>Where an extension may be used: its definition's contexts and context invariants, over the core R4 package.</summary>
public sealed class ExtensionContextTests
{
    // A core boolean extension whose contexts each test replaces.
    private const string Url = "http://hl7.org/fhir/StructureDefinition/patient-cadavericDonor";

    private const string Ext = $$"""{ "url": "{{Url}}", "valueBoolean": true }""";

    [Theory]
    [InlineData("element", "Patient", $$"""{ "resourceType": "Patient", "extension": [{{Ext}}] }""", null)]
    [InlineData("element", "Patient", $$"""{ "resourceType": "Patient", "active": true, "_active": { "extension": [{{Ext}}] } }""", "Patient.active")]
    [InlineData("element", "Patient", $$"""{ "resourceType": "Organization", "extension": [{{Ext}}] }""", "Organization")]
    [InlineData("element", "Patient.name", $$"""{ "resourceType": "Patient", "name": [{ "extension": [{{Ext}}] }] }""", null)]
    [InlineData("element", "DomainResource", $$"""{ "resourceType": "Patient", "extension": [{{Ext}}] }""", null)]
    [InlineData("element", "DomainResource.text", $$"""{ "resourceType": "Patient", "text": { "extension": [{{Ext}}], "status": "empty", "div": "<div xmlns=\"http://www.w3.org/1999/xhtml\">x</div>" } }""", null)]
    [InlineData("element", "BackboneElement", $$"""{ "resourceType": "Patient", "contact": [{ "extension": [{{Ext}}], "gender": "male" }] }""", null)]
    [InlineData("element", "BackboneElement", $$"""{ "resourceType": "Patient", "name": [{ "extension": [{{Ext}}] }] }""", "Patient.name[0]")]
    [InlineData("element", "Address", $$"""{ "resourceType": "Organization", "address": [{ "extension": [{{Ext}}] }] }""", null)]
    [InlineData("element", "HumanName.family", $$"""{ "resourceType": "Patient", "name": [{ "family": "x", "_family": { "extension": [{{Ext}}] } }] }""", null)]
    [InlineData("element", "HumanName.family", $$"""{ "resourceType": "Patient", "name": [{ "extension": [{{Ext}}], "family": "x" }] }""", "Patient.name[0]")]
    [InlineData("element", "Element", $$"""{ "resourceType": "Patient", "active": true, "_active": { "extension": [{{Ext}}] } }""", null)]
    [InlineData("element", "CanonicalResource", $$"""{ "resourceType": "CodeSystem", "extension": [{{Ext}}], "status": "draft", "content": "not-present" }""", null)]
    [InlineData("element", "CanonicalResource", $$"""{ "resourceType": "Patient", "extension": [{{Ext}}] }""", "Patient")]
    [InlineData("fhirpath", "Patient.address.where(use = 'home')", $$"""{ "resourceType": "Patient", "address": [{ "extension": [{{Ext}}], "use": "home" }] }""", null)]
    [InlineData("fhirpath", "Patient.address.where(use = 'home')", $$"""{ "resourceType": "Patient", "address": [{ "extension": [{{Ext}}], "use": "work" }] }""", "Patient.address[0]")]
    public void Validate_ExtensionContext_ReportsUseOutsideItAtTheHoldingElement(string type, string expression, string json, string? expected)
    {
        var issues = ContextIssues(Validator([new ExtensionContextInfo(type, expression)], []), json);

        if (expected is null)
        {
            issues.Should().BeEmpty();
        }
        else
        {
            issues.Should().ContainSingle().Which.Expression.Should().Be(expected);
        }
    }

    [Theory]
    [InlineData("http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired", null)]
    [InlineData("http://hl7.org/fhir/StructureDefinition/patient-congregation", "Patient.extension[0].value")]
    public void Validate_ExtensionContextOfAnotherExtension_AllowsUseOnlyInsideThatExtension(string outerUrl, string? expected)
    {
        var json = $$"""{ "resourceType": "Patient", "extension": [{ "url": "{{outerUrl}}", "valueBoolean": true, "_valueBoolean": { "extension": [{{Ext}}] } }] }""";
        var validator = Validator([new ExtensionContextInfo("extension", "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired")], []);

        var issues = ContextIssues(validator, json);

        if (expected is null)
        {
            issues.Should().BeEmpty();
        }
        else
        {
            issues.Should().ContainSingle().Which.Expression.Should().Be(expected);
        }
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    public void Validate_ContextInvariantFalse_ReportsExtensionContext(bool active, int expected)
    {
        var json = $$"""{ "resourceType": "Patient", "extension": [{{Ext}}], "active": {{(active ? "true" : "false")}} }""";
        var validator = Validator([new ExtensionContextInfo("element", "Patient")], ["Patient.active.not()"]);

        ContextIssues(validator, json).Select(i => (i.Expression, i.Severity)).Should().Equal(Enumerable.Repeat<(string?, IssueSeverity)>(("Patient", IssueSeverity.Error), expected));
    }

    [Fact]
    public void Validate_ContextInvariantReadingExtensionVariable_SeesTheExtension()
    {
        var validator = Validator([new ExtensionContextInfo("element", "Patient")], ["%extension.value = false"]);

        ContextIssues(validator, $$"""{ "resourceType": "Patient", "extension": [{{Ext}}] }""").Should().ContainSingle();
    }

    [Fact]
    public void Validate_CoreExtensionOnWrongElement_ReportsExtensionContext()
    {
        // humanname-mothers-family is for HumanName.family, not the name itself.
        var json = """{ "resourceType": "Patient", "name": [{ "family": "x", "extension": [{ "url": "http://hl7.org/fhir/StructureDefinition/humanname-mothers-family", "valueString": "y" }] }] }""";

        ContextIssues(new FhirValidator(Stores.R4Core), json).Should().ContainSingle().Which.Expression.Should().Be("Patient.name[0]");
    }

    private static FhirValidator Validator(ExtensionContextInfo[] contexts, string[] invariants)
    {
        var definition = Stores.R4Core.FindStructureDefinition(Url)! with { Contexts = contexts, ContextInvariants = invariants };
        return new FhirValidator(new LayeredResolver(Stores.R4Core, definition));
    }

    private static List<ValidationIssue> ContextIssues(FhirValidator validator, string json)
    {
        var resource = new FhirJsonParser(Interop.Fhir.R4.FhirModel.Instance).Parse(json).Resource!;
        return [.. validator.Validate(resource).Issues.Where(i => i.Code == ValidationCodes.ExtensionContext)];
    }
}
