using Interop.Fhir.Serialization;
using Interop.Fhir.Validation.Packages;
using Interop.Testing;

namespace Interop.Fhir.Validation.Tests.Packages;

public sealed class Stu3StoreTests
{
    private static readonly Lazy<ConformanceStore> LazyStore = new(() => ConformanceStore.Load(
        Interop.Fhir.Stu3.FhirModel.Instance,
        [CorePackages.Folder(Interop.Fhir.Stu3.FhirModel.Instance), SharedFiles.Path("nhs", "gpconnect-update-record-stu3", "conformance")]));

    public static TheoryData<string> NhsDefinitions() =>
        [.. LazyStore.Value.Canonicals("StructureDefinition").Where(c => c.StartsWith("https://fhir.nhs.uk/", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    [Fact]
    public void Load_CoreStu3AndUpdateRecord_ReportsNoErrors()
    {
        LazyStore.Value.Count.Should().BeGreaterThan(2000);
        NhsDefinitions().Should().HaveCountGreaterThan(50);
        LazyStore.Value.Issues.Should().NotContain(i => i.Severity <= IssueSeverity.Error);
    }

    [Theory]
    [MemberData(nameof(NhsDefinitions))]
    public void FindStructureDefinition_Stu3Profile_HasASnapshotWithUniqueIds(string canonical)
    {
        var definition = LazyStore.Value.FindStructureDefinition(canonical)!;

        definition.FhirVersion.Should().StartWith("3.0");
        definition.Snapshot.Should().NotBeEmpty();
        definition.Snapshot.Select(e => e.Id).Should().OnlyHaveUniqueItems();
        LazyStore.Value.Issues.Where(i => i.Source == definition.ToString() && i.Severity <= IssueSeverity.Error).Should().BeEmpty();
    }
}
