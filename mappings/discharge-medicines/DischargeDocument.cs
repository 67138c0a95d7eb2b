using Interop.Fhir.R4;

namespace Interop.Mappings.DischargeMedicines;

/// <summary>The parts of a UK Core R4 discharge document the referral is built from, found by following the Composition's references.</summary>
internal sealed class DischargeDocument
{
    private readonly Dictionary<string, Resource> _byReference;

    private DischargeDocument(Dictionary<string, Resource> byReference) => _byReference = byReference;

    /// <summary>The document's identifier (<c>Bundle.identifier</c>, else the Composition's): the seed of every id in the messages.</summary>
    public required string DocumentId { get; init; }

    /// <summary>The discharge Composition.</summary>
    public required Composition Composition { get; init; }

    /// <summary>The patient (the Composition's subject).</summary>
    public required Patient Patient { get; init; }

    /// <summary>The hospital stay (the Composition's encounter), when the document has it.</summary>
    public Encounter? Encounter { get; init; }

    /// <summary>The discharging organisation: the Composition's custodian, else its first Organization author.</summary>
    public required Organization DischargingOrganisation { get; init; }

    /// <summary>The medicines on discharge: every MedicationStatement and MedicationRequest the sections reference, in document order.</summary>
    public required IReadOnlyList<DomainResource> Medicines { get; init; }

    /// <summary>The resource a reference in the document points at, or <see langword="null"/>.</summary>
    public Resource? Resolve(string? reference) => Find(_byReference, reference);

    /// <summary>A resource's identity in the document (its full URL, else Type/id, else its entry position), the seed of its new id.</summary>
    public string KeyOf(Resource resource)
    {
        var key = _byReference.FirstOrDefault(p => ReferenceEquals(p.Value, resource)).Key;
        return key ?? throw new ArgumentException("The resource is not in the document.", nameof(resource));
    }

    /// <summary>Reads the document, or says why it is not one this mapping can refer.</summary>
    public static DischargeDocument? Read(Bundle bundle, out DischargeMedicinesFailure? failure)
    {
        var index = Index(bundle);
        var composition = bundle.Entry.FirstOrDefault()?.Resource as Composition;
        var documentId = bundle.Identifier?.Value?.Value ?? composition?.Identifier?.Value?.Value;
        if (bundle.Type?.Value != "document" || composition is null || documentId is null)
        {
            failure = new(DischargeMedicinesFailureCodes.NotADischargeDocument, "The input is not a document Bundle with a Composition first and a document identifier.");
            return null;
        }

        if (Find(index, composition.Subject?.ReferenceElement?.Value) is not Patient patient)
        {
            failure = new(DischargeMedicinesFailureCodes.NoPatient, "The Composition's subject is not a Patient in the document.");
            return null;
        }

        var organisation = Find(index, composition.Custodian?.ReferenceElement?.Value) as Organization
            ?? composition.Author.Select(a => Find(index, a.ReferenceElement?.Value)).OfType<Organization>().FirstOrDefault();
        if (organisation is null)
        {
            failure = new(DischargeMedicinesFailureCodes.NoDischargingOrganisation, "The Composition has no custodian or author Organization in the document.");
            return null;
        }

        var medicines = Sections(composition.Section)
            .SelectMany(s => s.Entry)
            .Select(e => Find(index, e.ReferenceElement?.Value))
            .Where(r => r is MedicationStatement or MedicationRequest)
            .Cast<DomainResource>()
            .Distinct()
            .ToList();
        if (medicines.Count == 0)
        {
            failure = new(DischargeMedicinesFailureCodes.NoMedicines, "No MedicationStatement or MedicationRequest is referenced from the Composition's sections.");
            return null;
        }

        failure = null;
        return new DischargeDocument(index)
        {
            DocumentId = documentId,
            Composition = composition,
            Patient = patient,
            Encounter = Find(index, composition.Encounter?.ReferenceElement?.Value) as Encounter,
            DischargingOrganisation = organisation,
            Medicines = medicines,
        };
    }

    private static Resource? Find(Dictionary<string, Resource> index, string? reference) =>
        reference is not null && index.TryGetValue(reference, out var resource) ? resource : null;

    private static IEnumerable<Composition.SectionComponent> Sections(IEnumerable<Composition.SectionComponent> sections) =>
        sections.SelectMany(s => Sections(s.Section).Prepend(s));

    // A resource is found by its full URL or by Type/id, the two forms references inside a document use.
    private static Dictionary<string, Resource> Index(Bundle bundle)
    {
        var index = new Dictionary<string, Resource>(StringComparer.Ordinal);
        foreach (var entry in bundle.Entry)
        {
            if (entry.Resource is not { } resource)
            {
                continue;
            }

            if (entry.FullUrl?.Value is { } fullUrl)
            {
                index.TryAdd(fullUrl, resource);
            }

            if (resource.Id?.Value is { } id)
            {
                index.TryAdd($"{resource.ClassMapping.Name}/{id}", resource);
            }

            // An entry with neither is still found by position, so every resource has a key.
            index.TryAdd($"#entry{bundle.Entry.IndexOf(entry)}", resource);
        }

        return index;
    }
}
