namespace Interop.Functions.Tests.EndToEnd.FlowCases;

/// <summary>An ITK response (ITK008M) the sender's mailbox must receive for a message.</summary>
internal sealed record ExpectedAcknowledgement
{
    /// <summary><c>infrastructure</c> or <c>business</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The response's MessageHeader.event code.</summary>
    public required string Event { get; init; }

    /// <summary>MessageHeader.response.code: <c>ok</c>, <c>transient-error</c> or <c>fatal-error</c>.</summary>
    public required string ResponseCode { get; init; }

    /// <summary>The ITK-ResponseCodes-1 code in the OperationOutcome.</summary>
    public required string ItkCode { get; init; }

    /// <summary>The engine's own code in the outcome's diagnostics, when the engine gives one.</summary>
    public string? EngineCode { get; init; }

    /// <summary>The golden file of the normalised acknowledgement.</summary>
    public required string Expected { get; init; }

    /// <summary>The X-Request-Id the engine sends the acknowledgement with.</summary>
    public string RequestId(string messageId) => $"{messageId}.{char.ToUpperInvariant(Kind[0])}{Kind[1..]}-ack";
}
