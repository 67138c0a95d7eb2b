namespace Interop.Functions.Tests.EndToEnd.FlowCases;

/// <summary>A message a case sent: what it expects, the engine's id for it, and the answer it got.</summary>
/// <param name="Send">The case's expectations for it.</param>
/// <param name="Label">How assertions name it, e.g. <c>send 2 (input.xml)</c>.</param>
/// <param name="Input">The text sent.</param>
/// <param name="MessageId">The id the engine stored it under.</param>
/// <param name="HttpStatus">The status of the answer.</param>
/// <param name="ReceiptCodes">The codes of the answer's first OperationOutcome issue.</param>
internal sealed record SentMessage(FlowSend Send, string Label, string Input, string MessageId, int HttpStatus, IReadOnlyList<string> ReceiptCodes);
