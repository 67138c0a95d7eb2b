using System.Text.Json;
using Interop.Engine.Acknowledgements;
using Interop.Engine.Messages;
using Interop.Engine.Queues;
using Interop.Engine.Telemetry;

namespace Interop.Engine.Pipeline;

/// <summary>Writes and reads the small JSON bodies of pipeline jobs.</summary>
internal static class JobBodies
{
    public static QueueJob Validate(string messageId) => Job(QueueNames.Validate, new MessageJob(messageId));

    public static QueueJob Route(string messageId) => Job(QueueNames.Route, new MessageJob(messageId));

    public static QueueJob Deliver(string messageId, string destination, TimeSpan delay = default) =>
        Job(QueueNames.Deliver, new MessageJob(messageId, destination)) with { VisibilityDelay = delay };

    public static QueueJob Acknowledge(AcknowledgeJob job) =>
        new(QueueNames.Acknowledge, JsonSerializer.Serialize(job with { TraceParent = EngineTracing.CurrentParent() ?? job.TraceParent }));

    /// <summary>The job sending <paramref name="response"/> as the infrastructure acknowledgement, when the sender asked for one.</summary>
    public static IReadOnlyList<QueueJob> InfrastructureAcknowledgement(StoredMessage message, ItkResponse response) =>
        InfrastructureAcknowledgement(message.Id, message.Envelope, response);

    /// <summary>The job sending <paramref name="response"/> for message <paramref name="messageId"/>, when its envelope asked for one.</summary>
    public static IReadOnlyList<QueueJob> InfrastructureAcknowledgement(string messageId, MessageEnvelope envelope, ItkResponse response) =>
        envelope.InfAckRequested ? [Acknowledge(new AcknowledgeJob(messageId, ItkResponseKind.Infrastructure, response))] : [];

    public static MessageJob ReadMessageJob(LeasedMessage job) =>
        JsonSerializer.Deserialize<MessageJob>(job.Body) ?? throw new InvalidDataException($"Job {job.Id} on {job.Queue} has no body.");

    public static AcknowledgeJob ReadAcknowledgeJob(LeasedMessage job) =>
        JsonSerializer.Deserialize<AcknowledgeJob>(job.Body) ?? throw new InvalidDataException($"Job {job.Id} on {job.Queue} has no body.");

    private static QueueJob Job(string queue, MessageJob body) =>
        new(queue, JsonSerializer.Serialize(body with { TraceParent = EngineTracing.CurrentParent() }));

    /// <summary>
    /// What any job's body says about where it belongs: its message, destination and trace (an acknowledgement job reads
    /// as a <see cref="MessageJob"/> without a destination); null for a body that is not a job.
    /// </summary>
    public static MessageJob? Peek(LeasedMessage job)
    {
        try
        {
            return JsonSerializer.Deserialize<MessageJob>(job.Body);
        }
        catch (JsonException)
        {
            // A body that is not JSON is the step's to report; it simply has no trace to join.
            return null;
        }
    }
}
