using Interop.Fhir.R4;
using Interop.Mappings.Common;

namespace Interop.Mappings.DischargeMedicines;

/// <summary>Turns each medicine on discharge into a UK Core MedicationStatement carrying its change status as UK Core codes.</summary>
internal static class MedicinesOnDischarge
{
    private static readonly Lazy<ConceptMapTranslator> ChangeStatus = new(() => ConceptMapTranslator.Load(DmsCodes.ChangeStatusConceptMap));
    private static readonly Lazy<ConceptMapTranslator> RequestStatus = new(() => ConceptMapTranslator.Load(DmsCodes.RequestStatusConceptMap));

    /// <summary>The MedicationStatement for one medicine (a copy: the document is not changed), or the failure of its change status.</summary>
    public static MedicationStatement? ToStatement(DomainResource medicine, out DischargeMedicinesFailure? failure)
    {
        var statement = medicine switch
        {
            MedicationStatement source => ResourceCopy.Of(source),
            MedicationRequest request => FromRequest(ResourceCopy.Of(request)),
            _ => throw new ArgumentException($"A {medicine.ClassMapping.Name} is not a medicine.", nameof(medicine)),
        };
        statement.Meta = new Meta { Profile = [new Canonical(DmsCodes.MedicationStatementProfile)] };
        foreach (var summary in statement.Extension.Where(e => e.Url == DmsCodes.ChangeSummaryUrl))
        {
            if (!NormaliseStatus(summary))
            {
                failure = new(DischargeMedicinesFailureCodes.UnknownChangeStatus, "A medicine's change status is not a UK Core or CareConnect medication change status code.");
                return null;
            }
        }

        failure = null;
        return statement;
    }

    // The status sub-extension's Coding is replaced by the ConceptMap's UK Core coding; the other sub-extensions pass as sent.
    private static bool NormaliseStatus(Extension summary)
    {
        foreach (var status in summary.Extension.Where(e => e.Url == "status"))
        {
            var coding = status.Value as Coding;
            var mapped = coding?.System?.Value is { } system && coding.Code?.Value is { } code ? ChangeStatus.Value.Translate(system, code) : null;
            if (mapped is null)
            {
                return false;
            }

            status.Value = mapped;
        }

        return true;
    }

    // A discharge prescription says what the patient is to take: as a statement, its status through the ConceptMap and its
    // dosage instructions as the dosage.
    private static MedicationStatement FromRequest(MedicationRequest request)
    {
        var status = request.Status?.Value is { } code ? RequestStatus.Value.Translate(DmsCodes.MedicationRequestStatusSystem, code) : null;
        return new MedicationStatement
        {
            Id = request.Id,
            Extension = request.Extension.Where(e => e.Url == DmsCodes.ChangeSummaryUrl).ToList(),
            Identifier = request.Identifier,
            Status = new Code(status?.Code?.Value ?? "unknown"),
            StatusReason = request.StatusReason is null ? [] : [request.StatusReason],
            Category = new CodeableConcept
            {
                Coding = [new Coding { System = new FhirUri(DmsCodes.MedicationStatementCategorySystem), Code = new Code("community"), Display = new FhirString("Community") }],
            },
            Medication = request.Medication,
            Subject = request.Subject,
            Context = request.Encounter,
            DateAsserted = request.AuthoredOn,
            InformationSource = request.Requester,
            ReasonCode = request.ReasonCode,
            ReasonReference = request.ReasonReference,
            Note = request.Note,
            Dosage = request.DosageInstruction,
        };
    }
}
