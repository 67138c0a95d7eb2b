using Interop.Fhir.Serialization;
using Interop.Fhir.Validation.Definitions;
using Interop.Fhir.Validation.Tests.Packages;

namespace Interop.Fhir.Validation.Tests.Snapshots;

public sealed class UkCoreSnapshotTests
{
    private const string UkCore = "https://fhir.hl7.org.uk/StructureDefinition/";

    public static TheoryData<string> UkCoreDefinitions() =>
        [.. Stores.UkCore.Canonicals("StructureDefinition").Where(c => c.StartsWith(UkCore, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(UkCoreDefinitions))]
    public void FindStructureDefinition_UkCoreDifferential_GetsASnapshotWithoutErrors(string canonical)
    {
        var definition = Stores.UkCore.FindStructureDefinition(canonical)!;

        definition.Differential.Should().NotBeEmpty();
        definition.Snapshot.Should().NotBeEmpty();
        definition.Snapshot.Select(e => e.Id).Should().OnlyHaveUniqueItems();
        definition.Snapshot.Should().OnlyContain(e => e.Min != null && e.Max != null);
        Stores.UkCore.Issues.Where(i => i.Source == definition.ToString() && i.Severity <= IssueSeverity.Error).Should().BeEmpty();
    }

    [Fact]
    public void Snapshot_UkCorePatient_HasTheNhsNumberSliceWithItsFixedSystem()
    {
        var patient = Snapshot("UKCore-Patient");

        patient["Patient.identifier"].Slicing!.Discriminators.Should().Equal(new DiscriminatorInfo("value", "system"));
        patient["Patient.identifier:nhsNumber"].Should().Match<ElementInfo>(e => e.SliceName == "nhsNumber" && e.Min == 0 && e.Max == 1);
        patient["Patient.identifier:nhsNumber.system"].Min.Should().Be(1);
        patient["Patient.identifier:nhsNumber.system"].Fixed.Should().BeAssignableTo<IPrimitive>()
            .Which.RawValue.Should().Be("https://fhir.nhs.uk/Id/nhs-number");
        patient["Patient.identifier:nhsNumber.system"].Path.Should().Be("Patient.identifier.system");
        patient["Patient.identifier:nhsNumber.system"].BasePath.Should().Be("Identifier.system");
    }

    [Fact]
    public void Snapshot_UkCorePatient_PlacesSliceChildrenAfterTheSlicedElement()
    {
        var ids = Stores.UkCore.FindStructureDefinition(UkCore + "UKCore-Patient")!.Snapshot.Select(e => e.Id).ToList();

        ids.IndexOf("Patient.identifier").Should().BeLessThan(ids.IndexOf("Patient.identifier:nhsNumber"));
        ids.IndexOf("Patient.identifier:nhsNumber").Should().BeLessThan(ids.IndexOf("Patient.identifier:nhsNumber.system"));
        ids.IndexOf("Patient.identifier:nhsNumber.period").Should().BeLessThan(ids.IndexOf("Patient.active"));
    }

    [Fact]
    public void Snapshot_ExtensionSliceWithProfile_TakesUrlAndValueFromTheExtensionDefinition()
    {
        var patient = Snapshot("UKCore-Patient");

        patient["Patient.extension:birthPlace"].Types.Should().ContainSingle().Which.Profiles
            .Should().Equal("http://hl7.org/fhir/StructureDefinition/patient-birthPlace");
        patient["Patient.extension:birthPlace.value[x]"].Types.Select(t => t.Code).Should().Equal("Address");
        patient["Patient.extension:birthPlace.url"].Fixed.Should().BeAssignableTo<IPrimitive>()
            .Which.RawValue.Should().Be("http://hl7.org/fhir/StructureDefinition/patient-birthPlace");
    }

    [Fact]
    public void Snapshot_ChildOfAPrimitive_IsExpandedFromThePrimitivesDefinition()
    {
        var patient = Snapshot("UKCore-Patient");

        patient["Patient.telecom.system.extension:otherContactSystem"].Types.Should().ContainSingle().Which.Profiles
            .Should().Equal(UkCore + "Extension-UKCore-OtherContactSystem");
        patient.Should().ContainKey("Patient.telecom.system.value");
    }

    [Fact]
    public void Snapshot_UkCoreExtension_IsBasedOnTheExtensionType()
    {
        var ethnicCategory = Snapshot("Extension-UKCore-EthnicCategory");

        ethnicCategory["Extension"].Path.Should().Be("Extension");
        ethnicCategory["Extension.url"].Fixed.Should().BeAssignableTo<IPrimitive>()
            .Which.RawValue.Should().Be(UkCore + "Extension-UKCore-EthnicCategory");
        ethnicCategory["Extension.value[x]"].Types.Select(t => t.Code).Should().Equal("CodeableConcept");
    }

    [Fact]
    public void Snapshot_ProfileOfAUkCoreProfile_GeneratesTheBaseFirst()
    {
        var definitions = Stores.UkCore.Canonicals("StructureDefinition")
            .Select(c => Stores.UkCore.FindStructureDefinition(c)!)
            .Where(d => d.BaseDefinition?.StartsWith(UkCore, StringComparison.Ordinal) == true && d.Type != "Extension")
            .ToList();

        definitions.Should().NotBeEmpty();
        definitions.Should().OnlyContain(d => d.Snapshot.Count >= Stores.UkCore.FindStructureDefinition(d.BaseDefinition!)!.Snapshot.Count);
    }

    [Theory]
    [InlineData("Observation.component:SystolicBP.code.coding:loinc.system", "http://loinc.org")]
    [InlineData("Observation.component:DiastolicBP.code.coding:snomedCT.system", "http://snomed.info/sct")]
    public void Snapshot_NewSliceOfAConstrainedElement_KeepsWhatTheProfileSaidOfItsChildren(string id, string system)
    {
        // UK Core's blood pressure fixes each coding slice's system on the unsliced component, then re-slices each component
        // slice by system without repeating it: the systems hold in every component slice.
        var bloodPressure = Snapshot("UKCore-Observation-VitalSigns-BloodPressure");

        bloodPressure[id].Fixed.Should().BeAssignableTo<IPrimitive>().Which.RawValue.Should().Be(system);
    }

    private static Dictionary<string, ElementInfo> Snapshot(string name) =>
        Stores.UkCore.FindStructureDefinition(UkCore + name)!.Snapshot.ToDictionary(e => e.Id);
}
