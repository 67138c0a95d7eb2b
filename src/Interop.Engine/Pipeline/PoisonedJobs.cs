using Interop.Engine.Messages;
using Interop.Engine.Queues;
using Interop.Engine.Storage;

namespace Interop.Engine.Pipeline;

/// <summary>Puts a job that kept failing on its message's timeline, so the failure is visible and the message can be replayed.</summary>
internal static class PoisonedJobs
{
    /// <summary>The stable code of a step that failed on every receive of its job.</summary>
    public const string Code = "ENG500";

    public static async Task RecordAsync(IMessageStore store, TimeProvider clock, LeasedMessage job, string step, CancellationToken cancellationToken)
    {
        var messageJob = JobBodies.ReadMessageJob(job);
        if (await store.FindAsync(messageJob.MessageId, cancellationToken) is null)
        {
            return;
        }

        var detail = $"The {step} step failed {job.DequeueCount} times; the job is in '{QueueNames.Poison(job.Queue)}'.";
        await store.ApplyAsync(new MessageUpdate(messageJob.MessageId)
        {
            Status = MessageStatus.DeadLettered,
            Timeline = [new TimelineEntry(clock.GetUtcNow(), step, StepOutcomes.DeadLettered, Code, detail, messageJob.Destination)],
        }, cancellationToken);
    }
}
