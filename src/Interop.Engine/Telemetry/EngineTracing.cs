using System.Diagnostics;

namespace Interop.Engine.Telemetry;

/// <summary>
/// The engine's traces: one span per pipeline step, all in the trace the message arrived in. Each job carries the W3C
/// <c>traceparent</c> of the step that queued it, so receive, validate, route, every delivery attempt and the
/// acknowledgements of one message form one trace; the HTTP call to a destination sends it on.
/// </summary>
public static class EngineTracing
{
    /// <summary>The <see cref="ActivitySource"/> name to subscribe to (OpenTelemetry's <c>AddSource</c>).</summary>
    public const string SourceName = "Interop.Engine";

    /// <summary>The span tag naming the engine's message id (never patient data).</summary>
    public const string MessageIdTag = "interop.message.id";

    /// <summary>The span tag naming the destination of a delivery step.</summary>
    public const string DestinationTag = "interop.destination";

    internal static ActivitySource Source { get; } = new(SourceName);

    /// <summary>The <c>traceparent</c> to put on a job queued now, or null outside a trace.</summary>
    internal static string? CurrentParent() => Activity.Current?.Id is { } id && Activity.Current.IdFormat == ActivityIdFormat.W3C ? id : null;

    /// <summary>Starts the span of the receive step, a child of the HTTP request's span when there is one.</summary>
    internal static Activity? StartReceive() => Source.StartActivity("interop receive", ActivityKind.Internal);

    /// <summary>Starts the span of a step working one job, in the trace of the step that queued it.</summary>
    internal static Activity? StartJob(string queue, string? traceParent) =>
        Source.StartActivity(
            "interop " + queue,
            ActivityKind.Consumer,
            traceParent is not null && ActivityContext.TryParse(traceParent, null, out var parent) ? parent : default);
}
