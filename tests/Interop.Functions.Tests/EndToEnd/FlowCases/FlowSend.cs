namespace Interop.Functions.Tests.EndToEnd.FlowCases;

/// <summary>One message a case sends, and what becomes of it.</summary>
internal sealed record FlowSend
{
    /// <summary>The FHIR endpoint posted to, relative to the host (e.g. <c>fhir/STU3/$process-message</c>).</summary>
    public required string Endpoint { get; init; }

    /// <summary>The file sent, in the case's folder.</summary>
    public required string Input { get; init; }

    /// <summary>The client the token is issued to (e.g. <c>demo-pharmacy</c>).</summary>
    public required string Client { get; init; }

    /// <summary>The Content-Type sent.</summary>
    public required string ContentType { get; init; }

    /// <summary>The HTTP answer.</summary>
    public required ExpectedReceipt Receipt { get; init; }

    /// <summary>The message's final status in the operator API (kebab case).</summary>
    public required string Status { get; init; }

    /// <summary>The message's timeline as <c>step outcome [code] [@destination]</c>, in any order (steps run concurrently).</summary>
    public required IReadOnlyList<string> Timeline { get; init; }

    /// <summary>The ITK acknowledgements the sender's mailbox gets for this message, and no others.</summary>
    public required IReadOnlyList<ExpectedAcknowledgement> Acknowledgements { get; init; }
}
