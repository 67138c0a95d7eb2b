using Interop.Fhir.Navigation;
using Interop.Fhir.Serialization;
using Interop.Fhir.Validation.Validation;

namespace Interop.Fhir.Validation.Tests.Packages;

public sealed class ConformanceStoreTests
{
    private const string UkCorePatient = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient";

    [Fact]
    public void Load_CoreR4AndUkCore_ReportsNoErrors()
    {
        var store = Stores.UkCore;

        store.Count.Should().BeGreaterThan(4500);
        store.Issues.Where(i => i.Code is ValidationCodes.PackageFileUnreadable or ValidationCodes.PackageWrongFhirVersion)
            .Should().BeEmpty();
    }

    [Fact]
    public void Load_CoreR4_ReportsTheDuplicatedImplementationGuide()
    {
        // The core package ships the FHIR ImplementationGuide twice (ig-r4.json and ImplementationGuide-fhir.json).
        Stores.R4Core.Issues.Should().ContainSingle(i => i.Code == ValidationCodes.DuplicateCanonical)
            .Which.Severity.Should().Be(IssueSeverity.Warning);
    }

    [Theory]
    [InlineData(UkCorePatient, "2.6.1")]
    [InlineData(UkCorePatient + "|2.6.1", "2.6.1")]
    [InlineData("http://hl7.org/fhir/StructureDefinition/Patient|4.0.1", "4.0.1")]
    [InlineData("http://hl7.org/fhir/StructureDefinition/Patient|4.0", "4.0.1")]
    public void FindStructureDefinition_Canonical_ReturnsThatVersion(string canonical, string version)
    {
        Stores.UkCore.FindStructureDefinition(canonical)!.Version.Should().Be(version);
    }

    [Theory]
    [InlineData(UkCorePatient + "|9.9.9")]
    [InlineData("https://fhir.hl7.org.uk/StructureDefinition/UKCore-Nothing")]
    public void FindStructureDefinition_Unknown_ReturnsNull(string canonical)
    {
        Stores.UkCore.FindStructureDefinition(canonical).Should().BeNull();
    }

    [Fact]
    public void FindStructureDefinition_CoreType_KeepsTheShippedSnapshot()
    {
        var patient = Stores.UkCore.FindStructureDefinition("http://hl7.org/fhir/StructureDefinition/Patient")!;

        patient.Derivation.Should().Be("specialization");
        patient.Snapshot.Should().Contain(e => e.Id == "Patient.link.other" && e.Min == 1);
    }

    [Fact]
    public void FindResource_UkCoreValueSet_ReturnsTheParsedValueSet()
    {
        var valueSet = Stores.UkCore.FindResource("ValueSet", "https://fhir.hl7.org.uk/ValueSet/UKCore-PersonMaritalStatusCode");

        valueSet!.TypeName().Should().Be("ValueSet");
        valueSet.Text("url").Should().Be("https://fhir.hl7.org.uk/ValueSet/UKCore-PersonMaritalStatusCode");
    }

    [Fact]
    public void FindResource_OtherResourceType_ReturnsNull()
    {
        Stores.UkCore.FindResource("CodeSystem", "https://fhir.hl7.org.uk/ValueSet/UKCore-PersonMaritalStatusCode").Should().BeNull();
    }

    [Fact]
    public void FindStructureDefinition_ManyThreadsAtOnce_AllGetTheSameDefinition()
    {
        var found = new object?[16];

        Parallel.For(0, found.Length, i => found[i] = Stores.UkCore.FindStructureDefinition(
            "https://fhir.hl7.org.uk/StructureDefinition/UKCore-AllergyIntolerance"));

        found.Should().OnlyContain(d => d != null && ReferenceEquals(d, found[0]));
    }
}
