using Interop.Engine.Acknowledgements;

namespace Interop.Engine.Pipeline;

/// <summary>The body of an acknowledgement job.</summary>
/// <param name="MessageId">The message acknowledged.</param>
/// <param name="Kind">Infrastructure or business.</param>
/// <param name="Response">What to say; null for a business acknowledgement, which is worked out from the deliveries when it is sent.</param>
public sealed record AcknowledgeJob(string MessageId, ItkResponseKind Kind, ItkResponse? Response = null)
{
    /// <summary>The W3C <c>traceparent</c> of the step that queued the job, so the acknowledgement joins its trace.</summary>
    public string? TraceParent { get; init; }
}
