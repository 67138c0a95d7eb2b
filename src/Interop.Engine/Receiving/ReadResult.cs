using Interop.Engine.Messages;
using Interop.Fhir;
using Interop.Fhir.Serialization;

namespace Interop.Engine.Receiving;

/// <summary>A message read at the door: its parsed Bundle and header facts, or why it cannot be accepted.</summary>
/// <param name="Bundle">The parsed resource, when parsing got that far.</param>
/// <param name="Envelope">The header facts, as far as they could be read (a refusal still needs the header id for its ITK answer).</param>
/// <param name="Issue">Why the message is refused, or null.</param>
/// <param name="ParseIssues">What the parser found, for the sender to fix (codes and locations, no values).</param>
public sealed record ReadResult(Base? Bundle, MessageEnvelope Envelope, ReceiveIssue? Issue, IReadOnlyList<ParseIssue> ParseIssues);
