namespace Interop.Engine.Pipeline;

/// <summary>The outcomes a timeline entry records.</summary>
public static class StepOutcomes
{
    /// <summary>The step succeeded.</summary>
    public const string Ok = "ok";

    /// <summary>The message was refused.</summary>
    public const string Rejected = "rejected";

    /// <summary>The message repeats one already received.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>The attempt failed and will be retried.</summary>
    public const string Retry = "retry";

    /// <summary>The step failed for good.</summary>
    public const string Failed = "failed";

    /// <summary>The delivery was dead-lettered.</summary>
    public const string DeadLettered = "dead-lettered";

    /// <summary>The step had nothing to do (already done by an earlier attempt).</summary>
    public const string Skipped = "skipped";
}
