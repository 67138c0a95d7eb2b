namespace Interop.Engine.Pipeline;

/// <summary>Who ends a job its step has handled.</summary>
public enum JobCompletion
{
    /// <summary>The queue worker deletes the job: the step had nothing to record, or its store could not delete it.</summary>
    ByWorker,

    /// <summary>The job was deleted in the commit that recorded the step's result.</summary>
    InStepCommit,
}
