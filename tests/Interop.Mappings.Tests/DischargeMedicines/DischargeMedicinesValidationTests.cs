using Interop.Engine.Local;
using Interop.Fhir.R4;
using Interop.Fhir.Serialization.Json;
using Interop.Mappings.DischargeMedicines;

namespace Interop.Mappings.Tests.DischargeMedicines;

public sealed class DischargeMedicinesValidationTests
{
    public static TheoryData<string, string> Messages => new()
    {
        { "four-change-statuses", "pharmacy" },
        { "four-change-statuses", "gp" },
        { "edischarge-stu3", "pharmacy" },
        { "edischarge-stu3", "gp" },
        { "edischarge-r4", "pharmacy" },
        { "edischarge-r4", "gp" },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Map_Message_ValidatesAgainstCoreR4WithoutErrors(string fixture, string receiver)
    {
        var message = MessageFor(fixture, receiver);

        // The BaRS profiles are not in the stores, so the Bundle is checked against the core definition of Bundle; the
        // store holds UK Core too, because an extension is only checked where its definition is loaded.
        var result = UkCoreValidator.Instance.Validate(message, ["http://hl7.org/fhir/StructureDefinition/Bundle"]);

        result.Issues.Where(i => i.IsError).Select(i => $"{i.Code}@{i.Expression}: {i.Message}").Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void Map_MessageResources_ValidateAgainstTheirUkCoreProfilesWithoutErrors(string fixture, string receiver)
    {
        var message = MessageFor(fixture, receiver);

        var errors = message.Entry
            .Where(e => e.Resource is not MessageHeader)
            .SelectMany(e => UkCoreValidator.Instance.Validate(e.Resource!).Issues.Where(i => i.IsError).Select(i => $"{e.Resource!.ClassMapping.Name} {i.Code}@{i.Expression}: {i.Message}"));

        errors.Should().BeEmpty();
        message.Entry.Where(e => e.Resource is not MessageHeader).Should().OnlyContain(e => e.Resource!.Meta!.Profile.Count == 1, "each resource names the UK Core profile it was checked against");
    }

    [Theory]
    [InlineData("ConceptMap-CareConnectToUKCore-MedicationChangeStatus.json")]
    [InlineData("ConceptMap-MedicationRequestStatusToMedicationStatementStatus.json")]
    public void ConceptMap_StoredBesideTheMapping_ValidatesAgainstCoreR4WithoutErrors(string file)
    {
        var path = Path.Combine(RepositoryRoot.FindFrom(AppContext.BaseDirectory)!, "mappings", "discharge-medicines", file);
        var parsed = new FhirJsonParser(FhirModel.Instance).Parse(File.ReadAllBytes(path));

        parsed.HasErrors.Should().BeFalse();
        UkCoreValidator.Instance.Validate(parsed.Resource!).Issues.Where(i => i.IsError).Select(i => $"{i.Code}@{i.Expression}: {i.Message}").Should().BeEmpty();
    }

    [Fact]
    public void Validate_ReferralMissingItsIntent_ReportsError()
    {
        // Proves the two tests above look inside the entries: the same check on a broken ServiceRequest fails.
        var message = MessageFor("four-change-statuses", "pharmacy");
        ((ServiceRequest)message.Entry[1].Resource!).Intent = null;

        UkCoreValidator.Instance.Validate(message, ["http://hl7.org/fhir/StructureDefinition/Bundle"]).IsValid.Should().BeFalse();
        UkCoreValidator.Instance.Validate(message.Entry[1].Resource!).IsValid.Should().BeFalse();
    }

    private static Bundle MessageFor(string fixture, string receiver)
    {
        var result = DischargeMedicinesMapping.Map(DischargeCase.Load(fixture).Request());
        return receiver == "pharmacy" ? result.PharmacyReferral! : result.GpCopy!;
    }
}
