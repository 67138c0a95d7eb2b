namespace Interop.Mappings.Bars;

/// <summary>What a BaRS <c>servicerequest-request</c> message is built from; every id and time comes from the caller.</summary>
public sealed record BarsServiceRequestMessage
{
    /// <summary>The message Bundle's id (and its identifier).</summary>
    public required string BundleId { get; init; }

    /// <summary>The MessageHeader's id (a UUID); its entry's full URL is the <c>urn:uuid:</c> form.</summary>
    public required string MessageHeaderId { get; init; }

    /// <summary>When the message was built (<c>Bundle.timestamp</c>, <c>meta.lastUpdated</c>).</summary>
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>The receiver's endpoint, <c>system|value</c>.</summary>
    public required string DestinationEndpoint { get; init; }

    /// <summary>The receiving organisation, in the message.</summary>
    public required BarsEntry Receiver { get; init; }

    /// <summary>The sending organisation, in the message.</summary>
    public required BarsEntry Sender { get; init; }

    /// <summary>The sending application.</summary>
    public required BarsMessageSource Source { get; init; }

    /// <summary>The ServiceRequest the message is about.</summary>
    public required BarsEntry Focus { get; init; }

    /// <summary>The other resources, in message order (Receiver and Sender are among them or added after).</summary>
    public required IReadOnlyList<BarsEntry> Entries { get; init; }
}
