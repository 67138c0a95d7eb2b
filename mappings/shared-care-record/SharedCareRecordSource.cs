namespace Interop.Mappings.SharedCareRecord;

/// <summary>What the accepted clinical message says about itself: the facts the Provenance and the derived keys are built from.</summary>
/// <param name="MessageId">The message's id (ITK3 <c>MessageHeader.id</c>, a UUID).</param>
/// <param name="DocumentSystem">The system of the document identifier (the message Bundle's <c>identifier.system</c>).</param>
/// <param name="DocumentValue">The value of the document identifier.</param>
/// <param name="SenderOdsCode">The ODS code of the organisation that sent the message.</param>
/// <param name="EventSystem">The system of the message's event code.</param>
/// <param name="EventCode">The message's event code (for example <c>ITK014M</c>).</param>
/// <param name="Recorded">When the engine accepted the message; passed in so that the output never depends on a clock.</param>
public sealed record SharedCareRecordSource(
    Guid MessageId,
    string DocumentSystem,
    string DocumentValue,
    string SenderOdsCode,
    string EventSystem,
    string EventCode,
    DateTimeOffset Recorded);
