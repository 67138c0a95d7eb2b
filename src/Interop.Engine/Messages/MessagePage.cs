namespace Interop.Engine.Messages;

/// <summary>One page of a message search.</summary>
/// <param name="Items">The messages, newest first.</param>
/// <param name="ContinuationToken">Pass it back for the next page; null on the last page.</param>
public sealed record MessagePage(IReadOnlyList<MessageSummary> Items, string? ContinuationToken);
