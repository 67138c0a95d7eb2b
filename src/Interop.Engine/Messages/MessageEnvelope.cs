namespace Interop.Engine.Messages;

/// <summary>What the engine reads from a message's header at the door: enough to deduplicate, route, search and acknowledge.</summary>
/// <param name="MessageHeaderId">MessageHeader.id, the sender's id for this message (ITK acknowledgements refer to it).</param>
/// <param name="BundleIdentifier">Bundle.identifier.value, when present.</param>
/// <param name="EventSystem">The event code's system.</param>
/// <param name="Event">The event code (ITK014M, servicerequest-request, ...); for transaction Bundles, <c>transaction</c> or <c>batch</c>.</param>
/// <param name="SenderOds">The sending organisation's ODS code.</param>
/// <param name="RecipientOds">The ODS code or service id the sender addressed, when it named one.</param>
/// <param name="SourceEndpoint">MessageHeader.source.endpoint: where acknowledgements go.</param>
/// <param name="PatientNhsNumber">The subject's NHS number, for routing by patient and for search; never logged.</param>
/// <param name="InfAckRequested">ITK: an infrastructure acknowledgement was asked for.</param>
/// <param name="BusAckRequested">ITK: a business acknowledgement was asked for.</param>
/// <param name="DocumentId">The identifier of the document the message carries (its Composition's), when it carries one.</param>
/// <param name="ReplacesDocumentId">The identifier of the earlier document this one replaces (<c>Composition.relatesTo</c> code <c>replaces</c>).</param>
/// <param name="SenderReference">The ITK SenderReference of the header's message handling, which acknowledgements return.</param>
public sealed record MessageEnvelope(
    string? MessageHeaderId,
    string? BundleIdentifier,
    string? EventSystem,
    string? Event,
    string? SenderOds,
    string? RecipientOds,
    string? SourceEndpoint,
    string? PatientNhsNumber,
    bool InfAckRequested,
    bool BusAckRequested,
    string? DocumentId = null,
    string? ReplacesDocumentId = null,
    string? SenderReference = null);
