using Interop.Engine.Acknowledgements;
using Interop.Engine.Delivery;
using Interop.Engine.Destinations;
using Interop.Engine.Messages;
using Interop.Engine.Queues;
using Interop.Engine.Receiving;
using Interop.Engine.Storage;
using Interop.Fhir.Serialization.Json;
using Interop.Fhir.Serialization.Xml;
using Microsoft.Extensions.Options;

namespace Interop.Engine.Pipeline;

/// <summary>The acknowledge step: sends an ITK response to the sender's mailbox destination and records it on the timeline.</summary>
internal sealed class AcknowledgeStep(
    IMessageStore store,
    IDestinationDirectory destinations,
    IDeliveryClient client,
    ItkResponseBuilder builder,
    IOptions<PipelineOptions> options,
    TimeProvider clock) : IJobHandler
{
    /// <summary>The stable code of an acknowledgement that has nowhere to go.</summary>
    public const string NoMailboxCode = "ENG404";

    public string Queue => QueueNames.Acknowledge;

    public async Task<JobCompletion> HandleAsync(LeasedMessage job, CancellationToken cancellationToken)
    {
        var ack = JobBodies.ReadAcknowledgeJob(job);
        var message = await store.FindAsync(ack.MessageId, cancellationToken);
        var label = $"{ack.Kind.ToString().ToLowerInvariant()} acknowledgement";
        if (message is null || message.Timeline.Any(t => t.Step == PipelineSteps.Acknowledge && t.Outcome == StepOutcomes.Ok && t.Detail?.StartsWith(label, StringComparison.Ordinal) == true))
        {
            return JobCompletion.ByWorker;
        }

        var response = ack.Response ?? BusinessResponse(message);
        var mailbox = message.Envelope.SenderOds is { } sender ? destinations.FindByOds(sender, DestinationKind.SenderMailbox) : null;
        if (mailbox is null)
        {
            return await StepCommit.ApplyAsync(store, job, Record(message.Id, new TimelineEntry(clock.GetUtcNow(), PipelineSteps.Acknowledge, StepOutcomes.Failed, NoMailboxCode, $"{label} {response.ResponseCode}: no sender mailbox is configured for the sender.")), cancellationToken);
        }

        var bundle = builder.Build(message.Envelope, response, options.Value.EngineOdsCode, await SenderReferenceAsync(message, cancellationToken));
        var xml = mailbox.Format == DestinationFormat.Xml;
        var body = xml ? new FhirXmlSerializer().SerializeToUtf8Bytes(bundle) : new FhirJsonSerializer().SerializeToUtf8Bytes(bundle);
        var contentType = (xml ? FhirVersions.XmlMediaType : FhirVersions.JsonMediaType) + "; charset=utf-8";
        var result = await client.DeliverAsync(new DeliveryRequest(mailbox.Id, body, contentType, $"{message.Id}.{ack.Kind}-ack", message.Id), cancellationToken);
        if (result.Outcome == DeliveryOutcome.CircuitOpen)
        {
            return await StepCommit.ApplyAsync(store, job, new MessageUpdate(message.Id) { Jobs = [JobBodies.Acknowledge(ack) with { VisibilityDelay = result.RetryAfter ?? TimeSpan.FromSeconds(5) }] }, cancellationToken);
        }

        var delivered = result.Outcome == DeliveryOutcome.Delivered;
        var last = result.Attempts.LastOrDefault();
        return await StepCommit.ApplyAsync(store, job, Record(message.Id, new TimelineEntry(clock.GetUtcNow(), PipelineSteps.Acknowledge, delivered ? StepOutcomes.Ok : StepOutcomes.Failed,
            delivered ? response.ItkCode : result.ReasonCode, $"{label} {response.ResponseCode} ({response.ItkCode})", mailbox.Id, result.Attempts.Count, last?.HttpStatus, last?.Latency.TotalMilliseconds)), cancellationToken);
    }

    public Task PoisonedAsync(LeasedMessage job, CancellationToken cancellationToken) =>
        RecordAsync(JobBodies.ReadAcknowledgeJob(job).MessageId, new TimelineEntry(clock.GetUtcNow(), PipelineSteps.Acknowledge, StepOutcomes.Failed, PoisonedJobs.Code,
            $"The acknowledge step failed {job.DequeueCount} times; the job is in '{QueueNames.Poison(job.Queue)}'."), cancellationToken);

    /// <summary>
    /// The engine cannot speak for the GP system's business (30xxx codes come from the receiving system), so its business
    /// acknowledgement reports delivery: 20013 when every destination took the message, else 20002 with the delivery's reason.
    /// </summary>
    private static ItkResponse BusinessResponse(StoredMessage message)
    {
        var failed = message.Deliveries.FirstOrDefault(d => d.Status == DeliveryStatus.DeadLettered);
        return failed is null
            ? new ItkResponse(ItkResponseKind.Business, "ok", ItkCodes.Success, null, "Delivered.")
            : new ItkResponse(ItkResponseKind.Business, "transient-error", "20002", failed.LastError, "The recipient's system did not accept the message; the interface team can replay it.");
    }

    // ITK3 returns the sender's SenderReference in every response. The envelope keeps it from the door; a message stored
    // before it did (schema version 5), or whose header has none, is read from its payload.
    private async Task<string?> SenderReferenceAsync(StoredMessage message, CancellationToken cancellationToken) =>
        message.Envelope.SenderReference
        ?? (await store.ReadPayloadAsync(message.Id, cancellationToken) is { } payload
        && MessagePayload.Parse(message.FhirVersion, message.ContentType, payload).Resource is { } original
            ? EnvelopeReader.SenderReference(original)
            : null);

    private static MessageUpdate Record(string messageId, TimelineEntry entry) => new(messageId) { Timeline = [entry] };

    private async Task RecordAsync(string messageId, TimelineEntry entry, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(messageId, cancellationToken) is not null)
        {
            await store.ApplyAsync(Record(messageId, entry), cancellationToken);
        }
    }
}
