using System.Globalization;
using Interop.Fhir.R4;
using Interop.Fhir.Validation.Definitions;
using Interop.Fhir.Validation.Terminology;
using Interop.Fhir.Validation.Tests.Packages;
using Interop.Fhir.Validation.Validation;
using static Interop.Fhir.Validation.Tests.Validation.Definitions;

namespace Interop.Fhir.Validation.Tests.Validation;

/// <summary>Rules on single values over the core R4 package: codes and displays, attachment sizes, string and number limits.</summary>
public sealed class ValueRulesTests
{
    private const string MaritalStatus = "http://terminology.hl7.org/CodeSystem/v3-MaritalStatus";

    private const string ObservationProfile = "https://example.org/StructureDefinition/TestObservation";

    private static readonly Lazy<FhirValidator> Core = new(() =>
        new FhirValidator(Stores.R4Core, new ValidatorOptions { Terminology = TerminologyServiceFactory.Create(Stores.R4Core) }));

    [Theory]
    [InlineData("M", "Married", null)]
    [InlineData("M", "  married ", null)]
    [InlineData("M", "Wed", ValidationCodes.WrongDisplay)]
    [InlineData("ZZ", null, ValidationCodes.UnknownCode)]
    public void Validate_CodingInLoadedCodeSystem_ChecksCodeAndDisplay(string code, string? display, string? expected)
    {
        var coding = new Coding { System = new FhirUri(MaritalStatus), Code = new Code(code), Display = display is null ? null : new FhirString(display) };
        var patient = new Patient { MaritalStatus = new CodeableConcept { Coding = [coding] } };

        var issues = Core.Value.Validate(patient).Issues.Where(i => i.Code is ValidationCodes.WrongDisplay or ValidationCodes.UnknownCode).ToList();

        if (expected is null)
        {
            issues.Should().BeEmpty();
        }
        else
        {
            issues.Should().ContainSingle().Which.Code.Should().Be(expected);
        }
    }

    [Fact]
    public void Validate_CodeSystemNotLoaded_IsNotChecked()
    {
        var coding = new Coding { System = new FhirUri("http://snomed.info/sct"), Code = new Code("22298006"), Display = new FhirString("Heart attack") };

        Core.Value.Validate(new Patient { MaritalStatus = new CodeableConcept { Coding = [coding] } }).Issues
            .Should().NotContain(i => i.Code == ValidationCodes.WrongDisplay || i.Code == ValidationCodes.UnknownCode);
    }

    [Theory]
    [InlineData(14, false)]
    [InlineData(100, true)]
    public void Validate_AttachmentSize_MustBeTheDataLength(long size, bool reported)
    {
        var attachment = new Attachment { Data = new Base64Binary("aGVscCBpJ20gYSBidWc="), Size = new UnsignedInt((int)size) };
        var patient = new Patient { Photo = [attachment] };

        var issues = Core.Value.Validate(patient).Issues.Where(i => i.Code == ValidationCodes.AttachmentSizeMismatch);

        if (reported)
        {
            issues.Should().ContainSingle().Which.Expression.Should().Be("Patient.photo[0].size");
        }
        else
        {
            issues.Should().BeEmpty();
        }
    }

    [Fact]
    public void Validate_ElementIdOverOneMegabyte_IsTooLong()
    {
        var patient = new Patient { Name = [new HumanName { Id = new string('a', 1024 * 1024 + 1), Family = new FhirString("Test") }] };

        Core.Value.Validate(patient).Issues.Should().ContainSingle(i => i.Code == ValidationCodes.TooLong).Which.Expression.Should().Be("Patient.name[0].id");
    }

    [Theory]
    [InlineData("998", null)]
    [InlineData("999.0", null)]
    [InlineData("1000", ValidationCodes.OutOfRange)]
    [InlineData("0", ValidationCodes.OutOfRange)]
    public void Validate_DecimalOutsideMinAndMaxValue_IsOutOfRange(string value, string? expected)
    {
        var valueElement = Element("Observation.value[x]", 0, 1, null, "decimal") with { MinValue = new FhirDecimal(0.5m), MaxValue = new FhirDecimal(999m) };
        var validator = new FhirValidator(new InMemoryResolver(FhirModel.Instance, Profile(ObservationProfile, "Observation", Element("Observation", 0, 1), valueElement)));

        var issues = validator.Validate(new Observation { Value = new FhirDecimal(decimal.Parse(value, CultureInfo.InvariantCulture)) }, [ObservationProfile]).Issues;

        issues.Select(i => i.Code).Should().BeEquivalentTo(expected is null ? [] : new[] { expected });
    }

    [Theory]
    [InlineData("2020-01-01", "2021-06-30", null)]
    [InlineData("2022-01-01", "2021-06-30", ValidationCodes.OutOfRange)]
    [InlineData("2022-01", "2021-06-30", null)]
    public void Validate_DateAfterMaxValue_IsOutOfRangeWhenComparable(string value, string max, string? expected)
    {
        var valueElement = Element("Observation.value[x]", 0, 1, null, "dateTime") with { MaxValue = new Date(max) };
        var validator = new FhirValidator(new InMemoryResolver(FhirModel.Instance, Profile(ObservationProfile, "Observation", Element("Observation", 0, 1), valueElement)));

        var issues = validator.Validate(new Observation { Value = new FhirDateTime(value) }, [ObservationProfile]).Issues;

        issues.Select(i => i.Code).Should().BeEquivalentTo(expected is null ? [] : new[] { expected });
    }
}
