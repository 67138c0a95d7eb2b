namespace Interop.Functions.Tests.EndToEnd.FlowCases;

/// <summary>The HTTP answer to a send: its status and the codings of the OperationOutcome's first issue (engine code, ITK code).</summary>
internal sealed record ExpectedReceipt
{
    /// <summary>The HTTP status.</summary>
    public required int HttpStatus { get; init; }

    /// <summary>The codes of <c>issue[0].details.coding</c>, in order.</summary>
    public required IReadOnlyList<string> Codes { get; init; }
}
