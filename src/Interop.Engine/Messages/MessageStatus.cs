namespace Interop.Engine.Messages;

/// <summary>Where a message stands in the pipeline, as the API and the console show it.</summary>
public enum MessageStatus
{
    /// <summary>Accepted and stored; not yet routed.</summary>
    Received,

    /// <summary>Refused at the door or by validation or routing; never delivered.</summary>
    Rejected,

    /// <summary>A repeat of a message already accepted from the same sender; not processed again.</summary>
    Duplicate,

    /// <summary>Routed: one delivery per destination is under way.</summary>
    Routed,

    /// <summary>Delivered to every destination.</summary>
    Delivered,

    /// <summary>Delivered to some destinations and dead-lettered for others.</summary>
    PartiallyDelivered,

    /// <summary>Every delivery (or routing itself) failed for good.</summary>
    DeadLettered,
}
