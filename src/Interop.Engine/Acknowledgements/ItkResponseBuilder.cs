using Interop.Engine.Messages;
using Interop.Fhir.Stu3;

namespace Interop.Engine.Acknowledgements;

/// <summary>
/// Builds the ITK3 response message (ITK008M, FHIR STU3) as the ITK3 profiles define it: an ITK-Message-Bundle-1 whose
/// ITK-MessageHeader-2 answers the original header id and names the original sender as receiver, the engine's and the
/// receiver's ODS organisations, and an ITK-Response-OperationOutcome-1 carrying the ITK code.
/// </summary>
internal sealed class ItkResponseBuilder(TimeProvider clock)
{
    private const string UnreadableId = "UNREADABLE-IN-ORIGINAL-MESSAGE";
    private const string UuidSystem = "https://tools.ietf.org/html/rfc4122";

    // Every handling key is mandatory in ITK-MessageHeader-2; "None" is what ITK3 messages give for a key with no value.
    private const string None = "None";

    /// <summary>
    /// The response to <paramref name="original"/>, sent by <paramref name="engineOds"/>, returning the original's ITK
    /// <paramref name="senderReference"/> when it had one.
    /// </summary>
    public Bundle Build(MessageEnvelope original, ItkResponse response, string engineOds, string? senderReference)
    {
        var now = clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", System.Globalization.CultureInfo.InvariantCulture);
        var headerId = NewId();
        var outcomeId = NewId();
        var senderId = NewId();
        var receiverId = original.SenderOds is null ? null : NewId();

        var header = new MessageHeader
        {
            Id = new Id(headerId),
            Meta = Profile(ItkProfiles.MessageHeader),
            Event = new Coding { System = new FhirUri(ItkCodes.MessageEventSystem), Code = new Code(ItkCodes.ResponseEvent), Display = new FhirString("ITK Response") },
            Receiver = receiverId is null ? null : Reference(receiverId),
            Sender = Reference(senderId),
            Timestamp = new Instant(now),
            Source = new MessageHeader.MessageSourceComponent { Endpoint = new FhirUri(engineOds) },
            Response = new MessageHeader.ResponseComponent
            {
                Identifier = new Id(original.MessageHeaderId ?? UnreadableId),
                Code = new Code(response.ResponseCode),
                Details = Reference(outcomeId),
            },
        };
        header.Extension.Add(MessageHandling(senderReference ?? None));

        var bundle = new Bundle
        {
            Id = new Id(NewId()),
            Meta = Profile(ItkProfiles.MessageBundle),
            Type = new Code("message"),
            Identifier = new Identifier { System = new FhirUri(UuidSystem), Value = new FhirString(NewId()) },
        };
        bundle.Entry.Add(Entry(headerId, header));
        bundle.Entry.Add(Entry(senderId, Organization(senderId, engineOds)));
        if (receiverId is not null && original.SenderOds is { } receiverOds)
        {
            bundle.Entry.Add(Entry(receiverId, Organization(receiverId, receiverOds)));
        }

        bundle.Entry.Add(Entry(outcomeId, Outcome(outcomeId, response)));
        return bundle;
    }

    /// <summary>
    /// The outcome: the ITK code as the only coding the profile allows, the explanation in details.text where the profile
    /// asks for it, and the engine's stable code (RCV…, RTE…, VAL…, DLV…) in diagnostics so a sender's support desk can quote it.
    /// </summary>
    private static OperationOutcome Outcome(string id, ItkResponse response)
    {
        var details = new CodeableConcept { Text = new FhirString(response.Text) };
        details.Coding.Add(new Coding { System = new FhirUri(ItkCodes.ResponseCodeSystem), Code = new Code(response.ItkCode), Display = new FhirString(ItkCodes.Display(response.ItkCode)) });
        var outcome = new OperationOutcome { Id = new Id(id), Meta = Profile(ItkProfiles.ResponseOutcome) };
        outcome.Issue.Add(new OperationOutcome.IssueComponent
        {
            Severity = new Code(response.IsPositive ? "information" : "fatal"),
            Code = new Code(response.IsPositive ? "informational" : "processing"),
            Details = details,
            Diagnostics = response.EngineCode is { } engineCode ? new FhirString(engineCode) : null,
        });
        return outcome;
    }

    // A response is For Information and asks for no response of its own: the ITK3 response patterns end at the response.
    private static Extension MessageHandling(string senderReference)
    {
        var handling = new Extension { Url = ItkProfiles.MessageHandling };
        handling.Extension.Add(Key("BusAckRequested", new FhirBoolean(false)));
        handling.Extension.Add(Key("InfAckRequested", new FhirBoolean(false)));
        handling.Extension.Add(Key("RecipientType", new Coding { System = new FhirUri(ItkProfiles.RecipientTypeSystem), Code = new Code("FI"), Display = new FhirString("For Information") }));
        handling.Extension.Add(Key("MessageDefinition", new Reference { ReferenceElement = new FhirString(ItkProfiles.ResponseMessageDefinition) }));
        handling.Extension.Add(Key("SenderReference", new FhirString(senderReference)));
        handling.Extension.Add(Key("LocalExtension", new FhirString(None)));
        return handling;
    }

    private static Extension Key(string url, Element value) => new() { Url = url, Value = value };

    private static Organization Organization(string id, string ods)
    {
        var organization = new Organization { Id = new Id(id), Meta = Profile(ItkProfiles.HeaderOrganization) };
        organization.Identifier.Add(new Identifier { System = new FhirUri(Receiving.NhsIdentifiers.OdsOrganisationCode), Value = new FhirString(ods) });
        return organization;
    }

    private static Meta Profile(string url)
    {
        var meta = new Meta();
        meta.Profile.Add(new FhirUri(url));
        return meta;
    }

    private static Reference Reference(string id) => new() { ReferenceElement = new FhirString($"urn:uuid:{id}") };

    private static string NewId() => Guid.NewGuid().ToString();

    private static Bundle.EntryComponent Entry(string id, Resource resource) =>
        new() { FullUrl = new FhirUri($"urn:uuid:{id}"), Resource = resource };
}
