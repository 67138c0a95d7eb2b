using System.Globalization;
using Interop.Fhir.R4;

namespace Interop.Mappings.Bars;

/// <summary>Builds a BaRS R4 <c>servicerequest-request</c> message Bundle, shaped as the BaRS 1.4 process-message examples.</summary>
public static class BarsMessageBuilder
{
    /// <summary>The message Bundle: MessageHeader first, then the ServiceRequest, then the other resources.</summary>
    public static Bundle Build(BarsServiceRequestMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var timestamp = message.Timestamp.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);
        var bundle = new Bundle
        {
            Id = new Id(message.BundleId),
            Meta = new Meta { LastUpdated = new Instant(timestamp), Profile = [new Canonical(BarsCodes.BundleProfile)] },
            Identifier = new Identifier { System = new FhirUri("https://tools.ietf.org/html/rfc4122"), Value = new FhirString(message.BundleId) },
            Type = new Code("message"),
            Timestamp = new Instant(timestamp),
        };
        var headerFullUrl = "urn:uuid:" + message.MessageHeaderId;
        bundle.Entry.Add(Entry(headerFullUrl, Header(message, timestamp)));
        bundle.Entry.Add(Entry(message.Focus.FullUrl, message.Focus.Resource));
        var added = new HashSet<string>(StringComparer.Ordinal) { headerFullUrl, message.Focus.FullUrl };
        foreach (var entry in message.Entries.Append(message.Receiver).Append(message.Sender))
        {
            if (added.Add(entry.FullUrl))
            {
                bundle.Entry.Add(Entry(entry.FullUrl, entry.Resource));
            }
        }

        return bundle;
    }

    private static MessageHeader Header(BarsServiceRequestMessage message, string timestamp) => new()
    {
        Id = new Id(message.MessageHeaderId),
        Meta = new Meta { LastUpdated = new Instant(timestamp), Profile = [new Canonical(BarsCodes.MessageHeaderProfile)] },
        Event = new Coding { System = new FhirUri(BarsCodes.MessageEventSystem), Code = new Code(BarsCodes.ServiceRequestRequest) },
        Destination =
        [
            new MessageHeader.MessageDestinationComponent { Endpoint = new FhirUrl(message.DestinationEndpoint), Receiver = message.Receiver.ToReference() },
        ],
        Sender = message.Sender.ToReference(),
        Source = new MessageHeader.MessageSourceComponent
        {
            Name = new FhirString(message.Source.Name),
            Software = new FhirString(message.Source.Software),
            Version = new FhirString(message.Source.Version),
            Endpoint = new FhirUrl(message.Source.Endpoint),
        },
        Reason = new CodeableConcept { Coding = [new Coding { System = new FhirUri(BarsCodes.MessageReasonSystem), Code = new Code(BarsCodes.ReasonNew) }] },
        Focus = [message.Focus.ToReference()],
        Definition = new Canonical(BarsCodes.ReferralDefinition),
    };

    private static Bundle.EntryComponent Entry(string fullUrl, Resource resource) => new() { FullUrl = new FhirUri(fullUrl), Resource = resource };
}
