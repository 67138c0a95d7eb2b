using FluentAssertions;
using Interop.Fhir.R4;
using Interop.Fhir.Validation.Validation;
using Interop.Mappings.SharedCareRecord;

namespace Interop.Mappings.Tests.SharedCareRecord;

/// <summary>The transaction is a valid core R4 transaction Bundle, and each resource in it meets its UK Core profile.</summary>
public sealed class SharedCareRecordValidationTests
{
    private const string UkCore = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-";
    private const string BloodPressureCase = "update-record-blood-pressure";

    public static TheoryData<string> Cases => ShcrCase.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Map_FixtureCase_IsAValidTransactionBundle(string name)
    {
        var bundle = Transaction(name);

        var result = UkCoreValidator.Instance.Validate(bundle);

        Errors(result).Should().BeEmpty();
        bundle.Type!.Value.Should().Be("transaction");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Map_FixtureCase_EachResourceMeetsItsUkCoreProfile(string name)
    {
        foreach (var entry in Transaction(name).Entry)
        {
            var resource = entry.Resource!;
            var profile = UkCore + resource.ClassMapping.Name;

            var result = UkCoreValidator.Instance.Validate(resource, [profile]);

            Errors(result).Should().BeEmpty($"the {resource.ClassMapping.Name} should meet {profile}");
        }
    }

    [Fact]
    public void Validate_TransactionEntryWithoutRequest_ReportsAnError()
    {
        // Proves the checks above have teeth: the transaction rule bdl-3 (every entry has a request) is enforced.
        var bundle = Transaction(BloodPressureCase);
        bundle.Entry[0].Request = null;

        var result = UkCoreValidator.Instance.Validate(bundle);

        result.IsValid.Should().BeFalse();
    }

    [Fact]
    public void Validate_ObservationWithoutStatus_FailsItsUkCoreProfile()
    {
        var observation = Transaction(BloodPressureCase).Entry.Select(e => e.Resource).OfType<Observation>().First();
        observation.Status = null;

        var result = UkCoreValidator.Instance.Validate(observation, [UkCore + "Observation"]);

        result.IsValid.Should().BeFalse();
    }

    private static Bundle Transaction(string name)
    {
        var fixture = ShcrCase.Load(name);
        return SharedCareRecordMapping.Map(fixture.Source, fixture.Resources).Transaction!;
    }

    private static IEnumerable<string> Errors(ValidationResult result) =>
        result.Issues.Where(i => i.IsError).Select(i => $"{i.Code} {i.Expression}: {i.Message}");
}
