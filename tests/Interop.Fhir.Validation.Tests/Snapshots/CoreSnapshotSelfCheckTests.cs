using Interop.Fhir.Validation.Definitions;
using Interop.Fhir.Validation.Packages;
using Interop.Fhir.Validation.Snapshots;
using Interop.Fhir.Validation.Tests.Packages;

namespace Interop.Fhir.Validation.Tests.Snapshots;

/// <summary>
/// Every core R4 profile ships both its differential and the snapshot HL7's generator made of it: generating the
/// snapshot from the differential must give the same element ids, in the same order, with the same cardinalities and types.
/// </summary>
public sealed class CoreSnapshotSelfCheckTests
{
    // Where HL7's snapshot is not what its differential says, or follows a rule it does not apply elsewhere.
    private static readonly Dictionary<string, string> KnownDifferences = new(StringComparer.Ordinal)
    {
        // valueQuantity in a component slice gives value[x] with children here, but the value[x]:valueQuantity slice in bodyweight and the other vital signs.
        ["http://hl7.org/fhir/StructureDefinition/bp|4.0.1"] = "choice renamed inside a slice",

        // Slices of elements that do not repeat (Composition.date:IssueDate): the shipped snapshot drops the sliced element itself.
        ["http://hl7.org/fhir/StructureDefinition/catalog|4.0.1"] = "slice of a non-repeating element",
        ["http://hl7.org/fhir/StructureDefinition/familymemberhistory-genetic|4.0.1"] = "slice of a non-repeating element",

        // Extension slices expanded from their definitions although the differential says nothing below them.
        ["http://hl7.org/fhir/StructureDefinition/elementdefinition-de|4.0.1"] = "unconstrained extension slices expanded",
    };

    private static readonly Lazy<string[]> LazyCoreProfileUrls = new(() =>
        [.. Stores.R4Core.Canonicals("StructureDefinition").Where(c => !KnownDifferences.ContainsKey(c) && ShipsBoth(c)).Order(StringComparer.Ordinal)]);

    public static TheoryData<string> CoreProfiles() => [.. LazyCoreProfileUrls.Value];

    [Fact]
    public void CoreProfiles_AreManyAndIncludeTheVitalSigns()
    {
        LazyCoreProfileUrls.Value.Length.Should().BeGreaterThan(400);
        LazyCoreProfileUrls.Value.Should().Contain(c => c.StartsWith("http://hl7.org/fhir/StructureDefinition/bodyweight|", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CoreProfiles))]
    public void Generate_CoreProfileDifferential_ReproducesTheShippedSnapshot(string canonical)
    {
        var shipped = Shipped(canonical);
        var issues = new List<PackageIssue>();

        var generated = SnapshotGenerator.Generate(shipped with { Snapshot = [] }, Stores.R4Core.FindStructureDefinition, issues.Add);

        issues.Should().BeEmpty();
        generated.Select(Summary).Should().Equal(shipped.Snapshot.Select(Summary));
    }

    [Fact]
    public void Generate_BodyWeight_RenamedChoiceBecomesATypeSlice()
    {
        var shipped = Shipped("http://hl7.org/fhir/StructureDefinition/bodyweight");

        var generated = SnapshotGenerator.Generate(shipped with { Snapshot = [] }, Stores.R4Core.FindStructureDefinition, _ => { })
            .ToDictionary(e => e.Id);

        generated["Observation.value[x]"].Slicing!.Discriminators.Should().Equal(new DiscriminatorInfo("type", "$this"));
        generated["Observation.value[x]:valueQuantity.system"].Fixed.Should().BeAssignableTo<IPrimitive>()
            .Which.RawValue.Should().Be("http://unitsofmeasure.org");
    }

    private static StructureDefinitionInfo Shipped(string canonical) =>
        StructureDefinitionReader.Read(Stores.R4Core.FindResource("StructureDefinition", canonical)!);

    private static bool ShipsBoth(string canonical)
    {
        var definition = Shipped(canonical);
        return definition.IsConstraint && definition.Differential.Count > 0 && definition.Snapshot.Count > 0;
    }

    private static string Summary(ElementInfo e) =>
        $"{e.Id} {e.Path} {e.SliceName} {e.Min}..{e.Max} {string.Join(",", e.Types.Select(t => $"{t.Code}({string.Join("|", t.Profiles)};{string.Join("|", t.TargetProfiles)})"))}";
}
