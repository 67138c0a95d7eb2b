namespace Interop.Engine.Messages;

/// <summary>The store's answer to a new message.</summary>
/// <param name="MessageId">The id the message was stored under (a duplicate is stored too, with status Duplicate).</param>
/// <param name="DuplicateOf">When the same sender already sent this MessageHeader.id or Bundle.identifier: the original's id.</param>
public sealed record AcceptResult(string MessageId, string? DuplicateOf)
{
    /// <summary>Whether the message repeats one already accepted.</summary>
    public bool IsDuplicate => DuplicateOf is not null;
}
