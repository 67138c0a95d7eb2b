using System.Globalization;
using Interop.Fhir.R4;
using Interop.Mappings.Common;

namespace Interop.Mappings.SharedCareRecord;

/// <summary>Builds the Provenance that tells the Shared Care Record which message wrote the transaction's resources.</summary>
internal static class ProvenanceBuilder
{
    /// <summary>The Provenance for <paramref name="targets"/>; <paramref name="senderFullUrl"/> is the sender's entry when the message carried it.</summary>
    public static Provenance Build(SharedCareRecordSource source, IEnumerable<string> targets, string? senderFullUrl) => new()
    {
        Id = new Id(IdFor(source)),
        Target = [.. targets.Select(LocalReference)],
        Recorded = new Instant(source.Recorded.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
        Activity = new CodeableConcept
        {
            Coding = [new Coding { System = new FhirUri(source.EventSystem), Code = new Code(source.EventCode) }],
        },
        Agent =
        [
            new Provenance.AgentComponent
            {
                Who = senderFullUrl is null
                    ? IdentifierReference("Organization", IdentifierSystems.OdsOrganizationCode, source.SenderOdsCode)
                    : LocalReference(senderFullUrl),
            },
        ],
        Entity =
        [
            Source(IdentifierReference("Bundle", source.DocumentSystem, source.DocumentValue)),
            Source(IdentifierReference("MessageHeader", IdentifierSystems.Uri, "urn:uuid:" + source.MessageId.ToString("D"))),
        ],
    };

    /// <summary>The Provenance's id, from the message id: a replay writes the same Provenance again rather than a second one.</summary>
    public static string IdFor(SharedCareRecordSource source) => DeterministicUuid.From("Provenance", source.MessageId.ToString("D"));

    private static Reference LocalReference(string fullUrl) => new() { ReferenceElement = new FhirString(fullUrl) };

    private static Reference IdentifierReference(string type, string system, string value) => new()
    {
        Type = new FhirUri(type),
        Identifier = new Identifier { System = new FhirUri(system), Value = new FhirString(value) },
    };

    private static Provenance.EntityComponent Source(Reference what) => new() { Role = new Code("source"), What = what };
}
