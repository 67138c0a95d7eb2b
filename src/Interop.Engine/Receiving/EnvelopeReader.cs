using Interop.Engine.Messages;
using Interop.Fhir;
using Interop.Fhir.Navigation;

namespace Interop.Engine.Receiving;

/// <summary>Reads the facts the engine routes on from a message Bundle's header, for STU3 and R4 alike.</summary>
internal static class EnvelopeReader
{
    private const string ItkMessageHandling = "Extension-ITK-MessageHandling-2";

    private static readonly MessageEnvelope Empty = new(null, null, null, null, null, null, null, null, false, false);

    /// <summary>
    /// The envelope of a transaction or batch Bundle: it has no header, so the event is the Bundle type, the id is the
    /// Bundle's, and the sender is the client's own organisation.
    /// </summary>
    public static (MessageEnvelope Envelope, ReceiveIssue? Issue) ReadTransaction(Base bundle, string? clientOds)
    {
        var type = bundle.Text("type");
        if (bundle.TypeName() != "Bundle" || type is not ("transaction" or "batch"))
        {
            return (Empty, ReceiveIssue.NotATransaction);
        }

        var envelope = Empty with
        {
            MessageHeaderId = bundle.Text("id"),
            BundleIdentifier = BundleIdentifier(bundle),
            Event = type,
            SenderOds = clientOds,
            PatientNhsNumber = NhsNumber(new MessageBundle(bundle)),
        };
        return (envelope, clientOds is null ? ReceiveIssue.UnknownSender : null);
    }

    /// <summary>The envelope of a message Bundle, and the first reason it cannot be accepted, if any.</summary>
    public static (MessageEnvelope Envelope, ReceiveIssue? Issue) Read(Base bundle)
    {
        if (bundle.TypeName() != "Bundle" || bundle.Text("type") != "message")
        {
            return (Empty, ReceiveIssue.NotAMessage);
        }

        var message = new MessageBundle(bundle);
        var header = message.Resources.FirstOrDefault();
        if (header is null || header.TypeName() != "MessageHeader")
        {
            return (Empty with { BundleIdentifier = BundleIdentifier(bundle) }, ReceiveIssue.BadHeader);
        }

        var (eventSystem, eventCode) = Event(header);
        var composition = message.Deep().FirstOrDefault(r => r.TypeName() == "Composition");
        // ITK3 identifies a document by its document Bundle's identifier when the Composition carries none.
        var document = message.Resources.FirstOrDefault(r => r.TypeName() == "Bundle" && r.Text("type") == "document");
        var handling = Handling(header);
        var envelope = new MessageEnvelope(
            // BaRS names a message by its Bundle id; its examples' headers carry none.
            MessageHeaderId: header.Text("id") ?? (eventSystem == BarsMessages.EventSystem ? bundle.Text("id") : null),
            BundleIdentifier: BundleIdentifier(bundle),
            EventSystem: eventSystem,
            Event: eventCode,
            SenderOds: OdsCode(message, header.Child("sender")),
            RecipientOds: Recipient(message, header, eventSystem == BarsMessages.EventSystem),
            SourceEndpoint: header.Child("source").Text("endpoint"),
            PatientNhsNumber: NhsNumber(message),
            InfAckRequested: Flag(handling, "InfAckRequested"),
            BusAckRequested: Flag(handling, "BusAckRequested"),
            DocumentId: composition.Child("identifier").Text("value") ?? document.Child("identifier").Text("value"),
            ReplacesDocumentId: Replaces(composition),
            SenderReference: ReferenceOf(handling));

        var issue = envelope.MessageHeaderId is null || envelope.Event is null ? ReceiveIssue.BadHeader
            : envelope.SenderOds is null ? ReceiveIssue.UnknownSender
            : null;
        return (envelope, issue);
    }

    /// <summary>The ITK SenderReference of a message Bundle's header, which an ITK response returns; null when it has none.</summary>
    public static string? SenderReference(Base bundle) =>
        bundle.Children("entry").FirstOrDefault().Child("resource") is { } header && header.TypeName() == "MessageHeader"
            ? ReferenceOf(Handling(header))
            : null;

    private static string? ReferenceOf(Base? handling) => handling.Extensions("SenderReference").FirstOrDefault().Text("value");

    private static Base? Handling(Base? header) =>
        header.Children("extension").FirstOrDefault(e => e.Text("url")?.EndsWith(ItkMessageHandling, StringComparison.Ordinal) == true);

    private static string? BundleIdentifier(Base bundle) => bundle.Child("identifier").Text("value");

    /// <summary>STU3 has <c>event</c> (a Coding); R4 has <c>event[x]</c>, a Coding or a uri.</summary>
    private static (string? System, string? Code) Event(Base header) => header.Child("event") switch
    {
        IPrimitive uri => (null, uri.RawValue),
        { } coding => (coding.Text("system"), coding.Text("code")),
        null => (null, null),
    };

    /// <summary>
    /// R4 names the receiver per destination, STU3 once; BaRS addresses a service by the DoS service id in the destination
    /// endpoint, which comes first for it (the receiving organisation may run several services).
    /// </summary>
    private static string? Recipient(MessageBundle message, Base header, bool bars)
    {
        var destination = header.Child("destination");
        if (bars && ServiceId(destination) is { } service)
        {
            return service;
        }

        return OdsCode(message, destination.Child("receiver") ?? header.Child("receiver")) ?? ServiceId(destination);
    }

    private static string? ServiceId(Base? destination)
    {
        var endpoint = destination.Text("endpoint");
        var bar = endpoint?.LastIndexOf('|') ?? -1;
        return bar >= 0 ? endpoint![(bar + 1)..] : null;
    }

    /// <summary>The ODS code of the organisation a reference points at: its identifier, or the resolved Organization's.</summary>
    private static string? OdsCode(MessageBundle message, Base? reference)
    {
        if (reference is null)
        {
            return null;
        }

        var identifiers = reference.Children("identifier").Concat(message.Resolve(reference).Children("identifier"));
        return identifiers.FirstOrDefault(i => NhsIdentifiers.IsOdsSystem(i.Text("system")))?.Text("value")?.Trim();
    }

    /// <summary>The NHS number of the first Patient in the message or its document.</summary>
    private static string? NhsNumber(MessageBundle message) =>
        message.Deep()
            .Where(r => r.TypeName() == "Patient")
            .SelectMany(p => p.Children("identifier"))
            .FirstOrDefault(i => i.Text("system") == NhsIdentifiers.NhsNumber)?
            .Text("value")?.Replace(" ", string.Empty, StringComparison.Ordinal);

    /// <summary>The identifier of the document a Composition replaces: <c>relatesTo</c> code <c>replaces</c>, its target an Identifier or a Reference's identifier.</summary>
    private static string? Replaces(Base? composition) =>
        composition.Children("relatesTo")
            .Where(r => r.Text("code") == "replaces")
            .Select(r => r.Child("target") is { } target ? (target.TypeName() == "Identifier" ? target : target.Child("identifier")).Text("value") : null)
            .FirstOrDefault(v => v is not null);

    private static bool Flag(Base? handling, string name) =>
        handling.Extensions(name).FirstOrDefault().Text("value") == "true";
}
