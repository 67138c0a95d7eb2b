using Interop.Engine.Messages;
using Interop.Engine.Queues;
using Interop.Engine.Storage;

namespace Interop.Engine.Pipeline;

/// <summary>How a step records its result: in one commit with the end of the job it ran for, where the store can.</summary>
internal static class StepCommit
{
    /// <summary>Applies <paramref name="update"/>, completing <paramref name="job"/> with it (none for a poisoned job, which the worker moves and deletes).</summary>
    public static async Task<JobCompletion> ApplyAsync(IMessageStore store, LeasedMessage? job, MessageUpdate update, CancellationToken cancellationToken) =>
        await store.ApplyAsync(update with { CompletesJob = job }, cancellationToken) ? JobCompletion.InStepCommit : JobCompletion.ByWorker;
}
