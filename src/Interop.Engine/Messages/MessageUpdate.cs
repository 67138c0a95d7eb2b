using Interop.Engine.Queues;

namespace Interop.Engine.Messages;

/// <summary>
/// Changes to one message that the store applies in one transaction: a new status, timeline entries, delivery records
/// (replaced by destination) and jobs to enqueue. Enqueuing with the change is what makes a step's effect and its next job
/// one commit (an outbox, where the queue lives elsewhere).
/// </summary>
/// <param name="MessageId">The message changed.</param>
public sealed record MessageUpdate(string MessageId)
{
    /// <summary>The new status, or null to keep it.</summary>
    public MessageStatus? Status { get; init; }

    /// <summary>Entries appended to the timeline.</summary>
    public IReadOnlyList<TimelineEntry> Timeline { get; init; } = [];

    /// <summary>Delivery records inserted or replaced (keyed by destination).</summary>
    public IReadOnlyList<DeliveryRecord> Deliveries { get; init; } = [];

    /// <summary>Jobs enqueued when the update commits.</summary>
    public IReadOnlyList<QueueJob> Jobs { get; init; } = [];
}
