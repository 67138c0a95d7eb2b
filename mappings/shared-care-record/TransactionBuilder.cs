using Interop.Fhir.R4;

namespace Interop.Mappings.SharedCareRecord;

/// <summary>Assembles the transaction Bundle: one conditional entry per resource, in the message's order, then the Provenance.</summary>
internal static class TransactionBuilder
{
    /// <summary>The transaction for <paramref name="planned"/>, with a Provenance naming every written resource as a target.</summary>
    public static Bundle Build(SharedCareRecordSource source, IReadOnlyList<PlannedEntry> planned)
    {
        var bundle = new Bundle { Type = new Code("transaction") };
        foreach (var entry in planned)
        {
            bundle.Entry.Add(Conditional(entry));
        }

        var sender = planned.FirstOrDefault(p =>
            p.Key.ResourceType == "Organization" && p.Key.System == IdentifierSystems.OdsOrganizationCode && p.Key.Value == source.SenderOdsCode);
        var provenance = ProvenanceBuilder.Build(source, planned.Select(p => p.Key.FullUrl), sender?.Key.FullUrl);
        var provenanceId = ProvenanceBuilder.IdFor(source);
        bundle.Entry.Add(new Bundle.EntryComponent
        {
            FullUrl = new FhirUri("urn:uuid:" + provenanceId),
            Resource = provenance,
            // Provenance has no identifier to search on; an update at an id derived from the message id is its replay-safe key.
            Request = new Bundle.RequestComponent { Method = new Code("PUT"), Url = new FhirUri("Provenance/" + provenanceId) },
        });
        return bundle;
    }

    private static Bundle.EntryComponent Conditional(PlannedEntry entry)
    {
        var key = entry.Key;
        var request = key.IsUpdate
            ? new Bundle.RequestComponent { Method = new Code("PUT"), Url = new FhirUri($"{key.ResourceType}?{key.Criteria}") }
            : new Bundle.RequestComponent { Method = new Code("POST"), Url = new FhirUri(key.ResourceType), IfNoneExist = new FhirString(key.Criteria) };
        return new Bundle.EntryComponent { FullUrl = new FhirUri(key.FullUrl), Resource = entry.Resource, Request = request };
    }
}
