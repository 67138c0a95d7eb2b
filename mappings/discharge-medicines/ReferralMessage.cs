using Interop.Fhir.R4;
using Interop.Mappings.Bars;
using Interop.Mappings.Common;

namespace Interop.Mappings.DischargeMedicines;

/// <summary>Builds one BaRS referral message (to the pharmacy, or its copy to the GP) around the shared content.</summary>
internal static class ReferralMessage
{
    /// <summary>The message to <paramref name="receiver"/> at <paramref name="endpoint"/>; the pharmacy is always the performer.</summary>
    public static Bundle Build(DischargeMedicinesRequest request, DischargeDocument document, ReferralContent content, BarsEntry pharmacy, BarsEntry receiver, string endpoint)
    {
        var serviceRequest = ServiceRequestEntry(document, content, pharmacy);
        return BarsMessageBuilder.Build(new BarsServiceRequestMessage
        {
            BundleId = DeterministicUuid.From(document.DocumentId, endpoint, "Bundle"),
            MessageHeaderId = DeterministicUuid.From(document.DocumentId, endpoint, "MessageHeader"),
            Timestamp = request.Timestamp,
            DestinationEndpoint = endpoint,
            Receiver = receiver,
            Sender = content.DischargingOrganisation,
            Source = request.Source,
            Focus = serviceRequest,
            Entries = [.. content.InMessageOrder(), pharmacy],
        });
    }

    /// <summary>An Organization known only by its ODS code (and name) from the patient directory.</summary>
    public static BarsEntry Organisation(string documentId, string odsCode, string? name)
    {
        var id = DeterministicUuid.From(documentId, "Organization", odsCode);
        return new BarsEntry("urn:uuid:" + id, new Organization
        {
            Id = new Id(id),
            Meta = new Meta { Profile = [new Canonical(DmsCodes.OrganizationProfile)] },
            Identifier = [new Identifier { System = new FhirUri(DmsCodes.OdsCodeSystem), Value = new FhirString(odsCode) }],
            Name = name is null ? null : new FhirString(name),
        });
    }

    // The discharge summary itself is not sent; a logical reference by its identifier lets the pharmacy or an audit trace
    // the referral back to the document it came from.
    private static Reference DocumentReference(DischargeDocument document) => new()
    {
        Type = new FhirUri("Composition"),
        Identifier = new Identifier { System = new FhirUri(DmsCodes.UuidIdentifierSystem), Value = new FhirString(document.DocumentId) },
        Display = new FhirString("Discharge summary"),
    };

    // The same referral goes to the pharmacy and to the GP, so its id depends on the document only.
    private static BarsEntry ServiceRequestEntry(DischargeDocument document, ReferralContent content, BarsEntry pharmacy)
    {
        var id = DeterministicUuid.From(document.DocumentId, "ServiceRequest");
        var serviceRequest = new ServiceRequest
        {
            Id = new Id(id),
            Meta = new Meta { Profile = [new Canonical(DmsCodes.ServiceRequestProfile)] },
            Identifier = [new Identifier { System = new FhirUri(DmsCodes.UuidIdentifierSystem), Value = new FhirString(id) }],
            Status = new Code("active"),
            Intent = new Code("order"),
            Category =
            [
                new CodeableConcept
                {
                    Coding = [new Coding { System = new FhirUri(BarsCodes.ServiceRequestCategorySystem), Code = new Code(BarsCodes.CategoryReferral), Display = new FhirString("Transfer of Care") }],
                },
            ],
            Priority = new Code("routine"),
            Code = new CodeableConcept { Text = new FhirString(DmsCodes.ServiceText) },
            Subject = content.Patient.ToReference(),
            Encounter = content.Encounter?.ToReference(),
            AuthoredOn = document.Composition.Date is { } date ? new FhirDateTime(date.Value) : null,
            Requester = content.DischargingOrganisation.ToReference(),
            Performer = [pharmacy.ToReference()],
            SupportingInfo =
            [
                .. content.Statements.Select(s => s.ToReference()),
                .. content.Encounter is null ? [] : new[] { content.Encounter.ToReference() },
                DocumentReference(document),
            ],
        };
        return new BarsEntry("urn:uuid:" + id, serviceRequest);
    }
}
