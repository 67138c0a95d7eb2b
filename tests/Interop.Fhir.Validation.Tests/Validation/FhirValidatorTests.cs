using Interop.Fhir.R4;
using Interop.Fhir.Serialization;
using Interop.Fhir.Validation.Definitions;
using Interop.Fhir.Validation.Terminology;
using Interop.Fhir.Validation.Validation;
using static Interop.Fhir.Validation.Tests.Validation.Definitions;

namespace Interop.Fhir.Validation.Tests.Validation;

/// <summary>The validator's walk over hand-written definitions: each rule broken once, with its code and location.</summary>
public sealed class FhirValidatorTests
{
    private static readonly ElementInfo Root = Element("Patient", 0, 1);

    [Fact]
    public void Validate_MissingMandatoryElement_ReportsTooFewAtElement()
    {
        var validator = Validator(Profile(PatientProfile, "Patient", Root, Element("Patient.name", 1, int.MaxValue, null, "HumanName")));

        var result = validator.Validate(new Patient(), [PatientProfile]);

        result.Issues.Should().ContainSingle(i => i.Code == ValidationCodes.TooFew).Which.Expression.Should().Be("Patient.name");
        result.IsValid.Should().BeFalse();
    }

    [Fact]
    public void Validate_TooManyRepeats_ReportsTooMany()
    {
        var validator = Validator(Profile(PatientProfile, "Patient", Root, Element("Patient.name", 0, 1, null, "HumanName")));

        var result = validator.Validate(new Patient { Name = [new HumanName(), new HumanName()] }, [PatientProfile]);

        result.Issues.Should().ContainSingle(i => i.Code == ValidationCodes.TooMany).Which.Expression.Should().Be("Patient.name");
    }

    [Fact]
    public void Validate_FixedValueDiffers_ReportsFixedMismatchAtValue()
    {
        var gender = Element("Patient.gender", 0, 1, null, "code") with { Fixed = new Code("female") };
        var validator = Validator(Profile(PatientProfile, "Patient", Root, gender));

        validator.Validate(new Patient { Gender = new Code("male") }, [PatientProfile]).Issues
            .Should().ContainSingle(i => i.Code == ValidationCodes.FixedMismatch).Which.Expression.Should().Be("Patient.gender");
        validator.Validate(new Patient { Gender = new Code("female") }, [PatientProfile]).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Validate_PatternMissingFromValue_ReportsPatternMismatch()
    {
        var pattern = new Identifier { System = new FhirUri(NhsSystem) };
        var identifier = Element("Patient.identifier", 0, int.MaxValue, null, "Identifier") with { Pattern = pattern };
        var validator = Validator(Profile(PatientProfile, "Patient", Root, identifier), warningsForNhsNumbers: true);

        var result = validator.Validate(new Patient { Identifier = [new Identifier { System = new FhirUri("urn:other"), Value = new FhirString("1") }] }, [PatientProfile]);

        result.Issues.Should().ContainSingle(i => i.Code == ValidationCodes.PatternMismatch).Which.Expression.Should().Be("Patient.identifier[0]");
    }

    [Fact]
    public void Validate_InvariantFalse_ReportsItsKeyWithItsSeverity()
    {
        var root = Root with { Constraints = [new ConstraintInfo("test-1", "error", "A name or an identifier", "name.exists() or identifier.exists()", null)] };
        var validator = Validator(Profile(PatientProfile, "Patient", root));

        var issue = validator.Validate(new Patient(), [PatientProfile]).Issues.Should().ContainSingle().Which;

        issue.Code.Should().Be(ValidationCodes.InvariantFailed);
        issue.Severity.Should().Be(IssueSeverity.Error);
        issue.Message.Should().StartWith("test-1");
    }

    [Theory]
    [InlineData("4857773456", true, IssueSeverity.Error)]
    [InlineData("4857773456", false, IssueSeverity.Warning)]
    public void Validate_NhsNumberFailingModulus11_ReportedWithConfiguredSeverity(string nhsNumber, bool strict, IssueSeverity expected)
    {
        var validator = Validator(Profile(PatientProfile, "Patient", Root, Element("Patient.identifier", 0, int.MaxValue, null, "Identifier")), warningsForNhsNumbers: !strict);

        var result = validator.Validate(new Patient { Identifier = [NhsNumberIdentifier(nhsNumber)] }, [PatientProfile]);

        var issue = result.Issues.Should().ContainSingle(i => i.Code == ValidationCodes.NhsNumberCheckDigit).Which;
        issue.Severity.Should().Be(expected);
        issue.Expression.Should().Be("Patient.identifier[0].value");
    }

    [Fact]
    public void Validate_ValidNhsNumber_NoIssue()
    {
        var validator = Validator(Profile(PatientProfile, "Patient", Root, Element("Patient.identifier", 0, int.MaxValue, null, "Identifier")));

        validator.Validate(new Patient { Identifier = [NhsNumberIdentifier("9449305552")] }, [PatientProfile]).Issues.Should().BeEmpty();
    }

    [Fact]
    public void Validate_ItemOutsideClosedSlicing_ReportsNoMatchingSlice()
    {
        var identifier = Element("Patient.identifier", 0, int.MaxValue, null, "Identifier") with
        {
            Slicing = new SlicingInfo([new DiscriminatorInfo("value", "system")], "closed", false),
        };
        var slice = Element("Patient.identifier:nhsNumber", 1, 1, "nhsNumber", "Identifier");
        var system = Element("Patient.identifier:nhsNumber.system", 1, 1, null, "uri") with { Fixed = new FhirUri(NhsSystem) };
        var validator = Validator(Profile(PatientProfile, "Patient", Root, identifier, slice, system));

        var result = validator.Validate(
            new Patient { Identifier = [NhsNumberIdentifier("9449305552"), new Identifier { System = new FhirUri("urn:local"), Value = new FhirString("x") }] },
            [PatientProfile]);

        result.Issues.Should().ContainSingle().Which.Should().Match<ValidationIssue>(i => i.Code == ValidationCodes.NoMatchingSlice && i.Expression == "Patient.identifier[1]");
    }

    [Fact]
    public void Validate_MissingRequiredSlice_ReportsTooFewForSlice()
    {
        var identifier = Element("Patient.identifier", 0, int.MaxValue, null, "Identifier") with
        {
            Slicing = new SlicingInfo([new DiscriminatorInfo("value", "system")], "open", false),
        };
        var slice = Element("Patient.identifier:nhsNumber", 1, 1, "nhsNumber", "Identifier");
        var system = Element("Patient.identifier:nhsNumber.system", 1, 1, null, "uri") with { Fixed = new FhirUri(NhsSystem) };
        var validator = Validator(Profile(PatientProfile, "Patient", Root, identifier, slice, system));

        var result = validator.Validate(new Patient { Identifier = [new Identifier { System = new FhirUri("urn:local"), Value = new FhirString("x") }] }, [PatientProfile]);

        result.Issues.Should().ContainSingle().Which.Should().Match<ValidationIssue>(i => i.Code == ValidationCodes.TooFew && i.Expression == "Patient.identifier:nhsNumber");
    }

    [Theory]
    [InlineData("female", 0)]
    [InlineData("bogus", 1)]
    public void Validate_CodeAgainstRequiredBinding_AsksTerminology(string gender, int errors)
    {
        var element = Element("Patient.gender", 0, 1, null, "code") with { Binding = new BindingInfo("required", "http://hl7.org/fhir/ValueSet/administrative-gender") };
        var validator = new FhirValidator(
            new InMemoryResolver(Interop.Fhir.R4.FhirModel.Instance, Profile(PatientProfile, "Patient", Root, element)),
            new ValidatorOptions { Terminology = new GenderTerminology() });

        var result = validator.Validate(new Patient { Gender = new Code(gender) }, [PatientProfile]);

        result.Issues.Count(i => i.Code == ValidationCodes.CodeNotInRequiredValueSet).Should().Be(errors);
    }

    [Fact]
    public void Validate_UnknownProfileAsked_IsAnError()
    {
        var result = Validator().Validate(new Patient(), ["https://example.org/StructureDefinition/Nowhere"]);

        result.Issues.Should().ContainSingle(i => i.Code == ValidationCodes.UnknownProfile).Which.IsError.Should().BeTrue();
    }

    [Fact]
    public void Validate_ProfileOfAnotherType_ReportsMismatch()
    {
        var validator = Validator(Profile(PatientProfile, "Patient", Root));

        validator.Validate(new Organization(), [PatientProfile]).Issues.Should().ContainSingle(i => i.Code == ValidationCodes.ProfileTypeMismatch);
    }

    [Fact]
    public void Validate_MessageBundleWithoutHeaderFirst_ReportsIt()
    {
        var bundle = new Bundle { Type = new Code("message"), Entry = [new Bundle.EntryComponent { Resource = new Patient() }] };

        Validator().Validate(bundle).Issues.Should().Contain(i => i.Code == ValidationCodes.MessageHeaderNotFirst);
    }

    [Fact]
    public void Validate_WithSourcePositions_IssueCarriesLineAndColumn()
    {
        var xml = "<Patient xmlns=\"http://hl7.org/fhir\">\n  <gender value=\"male\"/>\n</Patient>";
        var parsed = new Interop.Fhir.Serialization.Xml.FhirXmlParser(Interop.Fhir.R4.FhirModel.Instance, new FhirParserOptions { TrackPositions = true }).Parse(xml);
        var gender = Element("Patient.gender", 0, 1, null, "code") with { Fixed = new Code("female") };
        var validator = Validator(Profile(PatientProfile, "Patient", Root, gender));

        var issue = validator.Validate(parsed.Resource!, [PatientProfile], parsed.Positions).Issues.Should().ContainSingle().Which;

        (issue.Line, issue.Column).Should().Be((2, 3));
    }

    private const string NhsSystem = "https://fhir.nhs.uk/Id/nhs-number";

    private static Identifier NhsNumberIdentifier(string value) => new() { System = new FhirUri(NhsSystem), Value = new FhirString(value) };

    private static FhirValidator Validator(StructureDefinitionInfo? definition = null, bool warningsForNhsNumbers = false) => new(
        new InMemoryResolver(Interop.Fhir.R4.FhirModel.Instance, definition is null ? [] : [definition]),
        new ValidatorOptions { NhsNumberSeverity = warningsForNhsNumbers ? IssueSeverity.Warning : IssueSeverity.Error });

    private sealed class GenderTerminology : ITerminologyService
    {
        public CodeCheck CheckCode(string valueSetUrl, string? system, string code) =>
            code is "male" or "female" or "other" or "unknown" ? CodeCheck.Member : CodeCheck.NotMember;

        public bool? MemberOf(object coded, string valueSetUrl) => null;
    }
}
