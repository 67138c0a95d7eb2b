using Interop.Fhir.R4;
using Interop.Fhir.Serialization.Json;
using Interop.Mappings.Bars;
using Interop.Mappings.DischargeMedicines;

namespace Interop.Mappings.Tests.DischargeMedicines;

public sealed class DischargeMedicinesMappingTests
{
    private const string ChangeSummary = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-MedicationChangeSummary";
    private const string UkCoreChangeStatus = "https://fhir.hl7.org.uk/CodeSystem/UKCore-MedicationChangeStatus";

    private static readonly DischargeCase Fixture = DischargeCase.Load("four-change-statuses");

    [Fact]
    public void Map_MedicinesWithEveryChange_CarriesEachAsUkCoreStatusOrStoppedStatement()
    {
        var referral = DischargeMedicinesMapping.Map(Fixture.Request()).PharmacyReferral!;

        var statements = referral.Entry.Select(e => e.Resource).OfType<MedicationStatement>().ToList();
        statements.Select(s => (s.Status!.Value, ChangeStatus(s))).Should().Equal(
            ("active", "continued"),
            ("active", "added"),
            ("active", "amended"),   // sent with the CareConnect code "Amended", translated by the ConceptMap
            ("stopped", null),       // UK Core has no "stopped" change status: the statement's status says it
            ("on-hold", "on-hold")); // a MedicationRequest on hold, turned into a statement
    }

    [Fact]
    public void Map_Referral_IsBarsServiceRequestToPharmacyDosService()
    {
        var referral = DischargeMedicinesMapping.Map(Fixture.Request()).PharmacyReferral!;

        var header = (MessageHeader)referral.Entry[0].Resource!;
        var coding = (Coding)header.Event!;
        (coding.System!.Value, coding.Code!.Value).Should().Be((BarsCodes.MessageEventSystem, BarsCodes.ServiceRequestRequest));
        header.Destination.Single().Endpoint!.Value.Should().Be("http://fhir.nhs.uk/Id/dos-service-id|2000071234");
        header.Focus.Single().ReferenceElement!.Value.Should().Be(referral.Entry[1].FullUrl!.Value);
        var serviceRequest = (ServiceRequest)referral.Entry[1].Resource!;
        serviceRequest.SupportingInfo.Should().HaveCount(7, "five medicines, the hospital stay and the discharge summary");
        serviceRequest.SupportingInfo[^1].Identifier!.Value!.Value.Should().Be("0e6a2f7c-9d41-4b8e-a5c3-6f2d1b0e9a77");
        Resolve<Organization>(referral, serviceRequest.Performer.Single()).Identifier.Single().Value!.Value.Should().Be("FQ512");
        Resolve<Organization>(referral, serviceRequest.Requester!).Identifier.Single().Value!.Value.Should().Be("RR8");
    }

    [Fact]
    public void Map_GpKnown_CopiesSameReferralToGpByOdsCode()
    {
        var result = DischargeMedicinesMapping.Map(Fixture.Request());

        var header = (MessageHeader)result.GpCopy!.Entry[0].Resource!;
        header.Destination.Single().Endpoint!.Value.Should().Be("https://fhir.nhs.uk/Id/ods-organization-code|B82005");
        result.GpCopy.Entry[1].FullUrl!.Value.Should().Be(result.PharmacyReferral!.Entry[1].FullUrl!.Value, "the copy is of the same referral");
        result.GpCopy.Id!.Value.Should().NotBe(result.PharmacyReferral.Id!.Value);
        result.Failures.Should().BeEmpty();
    }

    [Fact]
    public void Map_NoNominatedPharmacy_FailsWithRoutingCodeAndSendsNothing()
    {
        var result = DischargeMedicinesMapping.Map(Fixture.Request() with { Pharmacy = null });

        result.Failures.Select(f => f.Code).Should().Equal(DischargeMedicinesFailureCodes.NoNominatedPharmacy);
        result.PharmacyReferral.Should().BeNull();
        result.GpCopy.Should().BeNull();
    }

    [Fact]
    public void Map_NoRegisteredGp_SendsReferralAndNamesMissingCopy()
    {
        var result = DischargeMedicinesMapping.Map(Fixture.Request() with { Gp = null });

        result.Failures.Select(f => f.Code).Should().Equal(DischargeMedicinesFailureCodes.NoRegisteredGp);
        result.PharmacyReferral.Should().NotBeNull();
        result.GpCopy.Should().BeNull();
    }

    [Fact]
    public void Map_UnknownChangeStatusSystem_FailsWithUnknownChangeStatus()
    {
        var request = Fixture.Request();
        var statement = request.Document.Entry.Select(e => e.Resource).OfType<MedicationStatement>().First();
        var status = (Coding)statement.Extension.Single(e => e.Url == ChangeSummary).Extension.Single(e => e.Url == "status").Value!;
        status.System = new FhirUri("http://example.org/local-change-codes");

        var result = DischargeMedicinesMapping.Map(request);

        result.Failures.Select(f => f.Code).Should().Equal(DischargeMedicinesFailureCodes.UnknownChangeStatus);
        result.PharmacyReferral.Should().BeNull();
    }

    [Theory]
    [InlineData("collection", DischargeMedicinesFailureCodes.NotADischargeDocument)]
    [InlineData("no-subject", DischargeMedicinesFailureCodes.NoPatient)]
    [InlineData("no-custodian", DischargeMedicinesFailureCodes.NoDischargingOrganisation)]
    [InlineData("no-sections", DischargeMedicinesFailureCodes.NoMedicines)]
    public void Map_IncompleteDocument_FailsWithStableCode(string fault, string code)
    {
        var request = Fixture.Request();
        var composition = (Composition)request.Document.Entry[0].Resource!;
        switch (fault)
        {
            case "collection": request.Document.Type = new Code("collection"); break;
            case "no-subject": composition.Subject = null; break;
            case "no-custodian": composition.Custodian = null; composition.Author.Clear(); break;
            default: composition.Section.Clear(); break;
        }

        DischargeMedicinesMapping.Map(request).Failures.Select(f => f.Code).Should().Equal(code);
    }

    [Fact]
    public void Map_SameDocumentTwice_GivesIdenticalMessagesAndLeavesInputUnchanged()
    {
        var serializer = new FhirJsonSerializer();
        var request = Fixture.Request();
        var before = serializer.Serialize(request.Document);

        var first = serializer.Serialize(DischargeMedicinesMapping.Map(request).PharmacyReferral!);
        var second = serializer.Serialize(DischargeMedicinesMapping.Map(Fixture.Request()).PharmacyReferral!);

        second.Should().Be(first);
        serializer.Serialize(request.Document).Should().Be(before);
    }

    private static string? ChangeStatus(MedicationStatement statement) =>
        statement.Extension.Where(e => e.Url == ChangeSummary).SelectMany(e => e.Extension).Where(e => e.Url == "status")
            .Select(e => (Coding)e.Value!).Where(c => c.System!.Value == UkCoreChangeStatus).Select(c => c.Code!.Value).SingleOrDefault();

    private static T Resolve<T>(Bundle bundle, Reference reference)
        where T : Resource =>
        (T)bundle.Entry.Single(e => e.FullUrl!.Value == reference.ReferenceElement!.Value).Resource!;
}
