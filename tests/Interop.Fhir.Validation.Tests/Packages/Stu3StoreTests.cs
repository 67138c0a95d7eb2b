using Interop.Fhir.Serialization;

namespace Interop.Fhir.Validation.Tests.Packages;

public sealed class Stu3StoreTests
{
    public static TheoryData<string> NhsDefinitions() =>
        [.. Stores.Itk3.Canonicals("StructureDefinition").Where(c => c.StartsWith("https://fhir.nhs.uk/", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    [Fact]
    public void Load_CoreStu3AndUpdateRecord_ReportsNoErrors()
    {
        Stores.Itk3.Count.Should().BeGreaterThan(2000);
        NhsDefinitions().Should().HaveCountGreaterThan(50);
        Stores.Itk3.Issues.Should().NotContain(i => i.Severity <= IssueSeverity.Error);
    }

    [Theory]
    [MemberData(nameof(NhsDefinitions))]
    public void FindStructureDefinition_Stu3Profile_HasASnapshotWithUniqueIds(string canonical)
    {
        var definition = Stores.Itk3.FindStructureDefinition(canonical)!;

        definition.FhirVersion.Should().StartWith("3.0");
        definition.Snapshot.Should().NotBeEmpty();
        definition.Snapshot.Select(e => e.Id).Should().OnlyHaveUniqueItems();
        Stores.Itk3.Issues.Where(i => i.Source == definition.ToString() && i.Severity <= IssueSeverity.Error).Should().BeEmpty();
    }
}
