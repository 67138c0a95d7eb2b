namespace Interop.Engine.Receiving;

/// <summary>Why a message was refused at the door: a stable code, the HTTP status and the ITK response code that go with it.</summary>
/// <param name="Code">The engine's stable code (<c>RCV…</c>); clients may rely on it.</param>
/// <param name="HttpStatus">The status of the HTTP answer.</param>
/// <param name="ItkCode">The ITK3 response code (ITK-ResponseCodes-1) for an ITK negative acknowledgement.</param>
/// <param name="IssueType">OperationOutcome.issue.code.</param>
/// <param name="Display">A fixed explanation, never built from message content.</param>
public sealed record ReceiveIssue(string Code, int HttpStatus, string ItkCode, string IssueType, string Display)
{
    /// <summary>The body is not FHIR the engine can read (not well-formed, wrong resource type, wrong FHIR version).</summary>
    public static ReceiveIssue Unreadable { get; } =
        new("RCV400", 400, "20006", "structure", "The message could not be read as FHIR.");

    /// <summary>The body is FHIR but breaks the format's rules (invalid values, unknown elements).</summary>
    public static ReceiveIssue InvalidContent { get; } =
        new("RCV422", 422, "20009", "invalid", "The message content is not valid FHIR.");

    /// <summary>Not a Bundle of type message.</summary>
    public static ReceiveIssue NotAMessage { get; } =
        new("RCV423", 422, "20006", "structure", "The resource must be a Bundle of type message.");

    /// <summary>Not a Bundle of type transaction or batch.</summary>
    public static ReceiveIssue NotATransaction { get; } =
        new("RCV426", 422, "20006", "structure", "The resource must be a Bundle of type transaction or batch.");

    /// <summary>The first entry is not a MessageHeader, or the header has no event or id.</summary>
    public static ReceiveIssue BadHeader { get; } =
        new("RCV424", 422, "20006", "required", "The first entry must be a MessageHeader with an id and an event.");

    /// <summary>The sender's ODS code could not be read from MessageHeader.sender.</summary>
    public static ReceiveIssue UnknownSender { get; } =
        new("RCV425", 422, "20003", "required", "The sender organisation's ODS code could not be read.");

    /// <summary>The client may not send for this sender or this event.</summary>
    public static ReceiveIssue UnauthorisedSender { get; } =
        new("RCV403", 403, "20012", "forbidden", "This client may not send this message for this sender.");

    /// <summary>The same sender already sent this message.</summary>
    public static ReceiveIssue Duplicate { get; } =
        new("RCV409", 409, "20007", "duplicate", "This message was already received from this sender.");

    /// <summary>The body or the Bundle is over a configured limit.</summary>
    public static ReceiveIssue TooLarge { get; } =
        new("RCV413", 413, "20015", "too-costly", "The message is larger than this engine accepts.");

    /// <summary>The media type is not a FHIR format the engine reads.</summary>
    public static ReceiveIssue UnsupportedMediaType { get; } =
        new("RCV415", 415, "20006", "not-supported", "Send application/fhir+json or application/fhir+xml.");

    /// <summary>BaRS traffic without its headers, or with them malformed (ids not UUIDs, a target identifier not base64 JSON).</summary>
    public static ReceiveIssue BadBarsHeaders { get; } =
        new("RCV427", 400, "20006", "structure",
            "BaRS requests need X-Request-Id and X-Correlation-Id as UUIDs and NHSD-Target-Identifier as base64 JSON with value and system.");

    /// <summary>The BaRS target identifier names another service than the message's destination.</summary>
    public static ReceiveIssue BarsTargetMismatch { get; } =
        new("RCV428", 422, "20006", "business-rule", "NHSD-Target-Identifier does not name the service the message is addressed to.");
}
