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

    /// <summary>
    /// When true (and <see cref="Status"/> is null), the store sets the status from all the message's deliveries once this
    /// update is applied: Delivered when every one is delivered, DeadLettered when every one is dead-lettered,
    /// PartiallyDelivered when all have ended with some of each, otherwise Routed. Deriving it inside the transaction keeps
    /// concurrent deliveries of one message from each seeing the other still pending.
    /// </summary>
    public bool DeriveStatusFromDeliveries { get; init; }

    /// <summary>
    /// Jobs enqueued only when this update moves the message from Received or Routed into Delivered, PartiallyDelivered or
    /// DeadLettered, so that exactly one of several concurrent steps starts what follows the end (the business acknowledgement).
    /// </summary>
    public IReadOnlyList<QueueJob> JobsWhenFinal { get; init; } = [];

    /// <summary>
    /// The queue job whose step this update records. A store that keeps that job's queue deletes the job in the same
    /// commit, so a step's result and the end of its job cannot be separated by a crash, and the job costs one write less.
    /// </summary>
    public LeasedMessage? CompletesJob { get; init; }
}
