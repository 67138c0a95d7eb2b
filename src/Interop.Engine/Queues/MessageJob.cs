namespace Interop.Engine.Queues;

/// <summary>The body of a pipeline job: a reference to a stored message and, for deliveries, the destination.</summary>
/// <param name="MessageId">The stored message.</param>
/// <param name="Destination">The destination id, for delivery jobs.</param>
public sealed record MessageJob(string MessageId, string? Destination = null)
{
    /// <summary>The W3C <c>traceparent</c> of the step that queued the job, so the next step joins its trace.</summary>
    public string? TraceParent { get; init; }
}
