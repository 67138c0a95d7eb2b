using Interop.Engine.Queues;

namespace Interop.Engine.Pipeline;

/// <summary>A pipeline step run for each job of its queue; it must be idempotent, because queues deliver at least once.</summary>
public interface IJobHandler
{
    /// <summary>The queue the step consumes.</summary>
    string Queue { get; }

    /// <summary>
    /// Does the step's work for one job, and says whether the job ended with the step's own commit (the step records its
    /// result with <c>CompletesJob</c> set) or is the worker's to delete. An exception leaves the job to be received again
    /// after its visibility timeout.
    /// </summary>
    Task<JobCompletion> HandleAsync(LeasedMessage job, CancellationToken cancellationToken);

    /// <summary>Records that the job failed too often and moved to the poison queue.</summary>
    Task PoisonedAsync(LeasedMessage job, CancellationToken cancellationToken);

    /// <summary>How many of the queue's jobs the step handles at once.</summary>
    int Concurrency(PipelineOptions options) => options.Concurrency;
}
