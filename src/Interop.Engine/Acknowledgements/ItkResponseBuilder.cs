using Interop.Engine.Messages;
using Interop.Fhir.Stu3;

namespace Interop.Engine.Acknowledgements;

/// <summary>
/// Builds the ITK3 response message (ITK008M, FHIR STU3): a message Bundle whose MessageHeader answers the original
/// header id, and an ITK-Response-OperationOutcome carrying the ITK code and the engine's own code.
/// </summary>
internal sealed class ItkResponseBuilder(TimeProvider clock)
{
    private const string EngineCodeSystem = "https://interop.example/fhir/CodeSystem/engine-outcome";
    private const string UnreadableId = "UNREADABLE-IN-ORIGINAL-MESSAGE";

    /// <summary>The response to <paramref name="original"/>, sent by <paramref name="engineOds"/>.</summary>
    public Bundle Build(MessageEnvelope original, ItkResponse response, string engineOds)
    {
        var now = clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", System.Globalization.CultureInfo.InvariantCulture);
        var headerId = Guid.NewGuid().ToString();
        var outcomeId = Guid.NewGuid().ToString();
        var senderId = Guid.NewGuid().ToString();

        var header = new MessageHeader
        {
            Id = new Id(headerId),
            Event = new Coding { System = new FhirUri(ItkCodes.MessageEventSystem), Code = new Code(ItkCodes.ResponseEvent), Display = new FhirString("ITK Response") },
            Sender = new Reference { ReferenceElement = new FhirString($"urn:uuid:{senderId}") },
            Timestamp = new Instant(now),
            Source = new MessageHeader.MessageSourceComponent { Endpoint = new FhirUri(engineOds) },
            Response = new MessageHeader.ResponseComponent
            {
                Identifier = new Id(original.MessageHeaderId ?? UnreadableId),
                Code = new Code(response.ResponseCode),
                Details = new Reference { ReferenceElement = new FhirString($"urn:uuid:{outcomeId}") },
            },
        };
        if (original.SourceEndpoint is { } endpoint)
        {
            header.Destination.Add(new MessageHeader.MessageDestinationComponent { Endpoint = new FhirUri(endpoint) });
        }

        var details = new CodeableConcept();
        details.Coding.Add(new Coding { System = new FhirUri(ItkCodes.ResponseCodeSystem), Code = new Code(response.ItkCode), Display = new FhirString(ItkCodes.Display(response.ItkCode)) });
        if (response.EngineCode is { } engineCode)
        {
            details.Coding.Add(new Coding { System = new FhirUri(EngineCodeSystem), Code = new Code(engineCode) });
        }

        var outcome = new OperationOutcome { Id = new Id(outcomeId) };
        outcome.Issue.Add(new OperationOutcome.IssueComponent
        {
            Severity = new Code(response.IsPositive ? "information" : "fatal"),
            Code = new Code(response.IsPositive ? "informational" : "processing"),
            Details = details,
            Diagnostics = new FhirString(response.Text),
        });

        var sender = new Organization { Id = new Id(senderId) };
        sender.Identifier.Add(new Identifier { System = new FhirUri(Receiving.NhsIdentifiers.OdsOrganisationCode), Value = new FhirString(engineOds) });

        var bundle = new Bundle
        {
            Id = new Id(Guid.NewGuid().ToString()),
            Type = new Code("message"),
            Identifier = new Identifier { Value = new FhirString(Guid.NewGuid().ToString()) },
        };
        bundle.Entry.Add(Entry(headerId, header));
        bundle.Entry.Add(Entry(senderId, sender));
        bundle.Entry.Add(Entry(outcomeId, outcome));
        return bundle;
    }

    private static Bundle.EntryComponent Entry(string id, Resource resource) =>
        new() { FullUrl = new FhirUri($"urn:uuid:{id}"), Resource = resource };
}
