using Interop.Engine.Acknowledgements;
using Interop.Engine.Delivery;
using Interop.Engine.Destinations;
using Interop.Engine.Messages;
using Interop.Engine.Queues;
using Interop.Engine.Storage;
using Interop.Engine.Telemetry;
using Interop.Mappings.Stu3ToR4;
using Microsoft.Extensions.Options;

namespace Interop.Engine.Pipeline;

/// <summary>The deliver step: sends a message to one destination and records every HTTP attempt on the timeline.</summary>
internal sealed class DeliverStep(IMessageStore store, IDestinationDirectory destinations, DeliveryOutputs outputs, IDeliveryClient client, EngineMetrics metrics, IOptions<PipelineOptions> options, TimeProvider clock) : IJobHandler
{
    public string Queue => QueueNames.Deliver;

    public async Task<JobCompletion> HandleAsync(LeasedMessage job, CancellationToken cancellationToken)
    {
        var (messageId, destinationId) = JobBodies.ReadMessageJob(job);
        var message = await store.FindAsync(messageId, cancellationToken);
        var delivery = message?.Deliveries.FirstOrDefault(d => d.Destination == destinationId);
        if (message is null || delivery is null || delivery.Status is DeliveryStatus.Delivered or DeliveryStatus.DeadLettered)
        {
            // Finished by an earlier receive of this job: deliver once.
            return JobCompletion.ByWorker;
        }

        var destination = destinations.FindById(destinationId!);
        var payload = await store.ReadPayloadAsync(messageId, cancellationToken);
        var formatted = destination is null || payload is null
            ? FormattedPayload.Failed(DeliveryReasonCodes.UnknownDestination)
            : await outputs.BuildAsync(message, payload, destination, delivery.Mapping, cancellationToken);
        if (formatted.Body is not { } body)
        {
            var code = formatted.FailureCode!;
            return await FinishAsync(job, message, delivery with { Status = DeliveryStatus.DeadLettered, LastError = code, UpdatedAt = clock.GetUtcNow() },
                [new TimelineEntry(clock.GetUtcNow(), PipelineSteps.Deliver, StepOutcomes.DeadLettered, code,
                    "The message cannot be put into this destination's form (its FHIR version, or the mapping the code names), or the destination is gone.", destinationId)],
                cancellationToken);
        }

        var contentType = formatted.ContentType;
        // A BaRS message tells its receiver which service it is for, as the BaRS proxy would.
        var headers = BarsMessages.IsBars(message.Envelope) && message.Envelope.RecipientOds is { } service
            ? new Dictionary<string, string> { [BarsMessages.TargetIdentifierHeader] = BarsMessages.TargetIdentifier(service) }
            : null;
        var result = await client.DeliverAsync(new DeliveryRequest(destinationId!, body, contentType, delivery.IdempotencyKey, message.Id, headers), cancellationToken);
        var timeline = result.Attempts.Select(a => Entry(a, delivery.Attempts, destinationId!, result)).ToList();
        foreach (var attempt in result.Attempts)
        {
            metrics.Attempt(destinationId!, attempt.Latency);
        }

        if (formatted.ConversionIssues is { Count: > 0 } issues && delivery.Status == DeliveryStatus.Pending)
        {
            // Said once, on the first try: what the destination's copy lacks, so a clinician's question can be answered.
            timeline.Insert(0, new TimelineEntry(clock.GetUtcNow(), PipelineSteps.Map, StepOutcomes.Ok, issues[0].Code, ConversionNote(issues), destinationId));
        }

        var attempts = delivery.Attempts + result.Attempts.Count;
        var now = clock.GetUtcNow();
        switch (result.Outcome)
        {
            case DeliveryOutcome.Delivered:
                return await FinishAsync(job, message, delivery with { Status = DeliveryStatus.Delivered, Attempts = attempts, LastError = null, UpdatedAt = now }, timeline, cancellationToken);
            case DeliveryOutcome.CircuitOpen:
                // The breaker refused without calling: try again when it may let a request through; not a failed attempt.
                timeline.Add(new TimelineEntry(now, PipelineSteps.Deliver, StepOutcomes.Retry, result.ReasonCode, "The destination's circuit breaker is open; the delivery waits.", destinationId));
                return await StepCommit.ApplyAsync(store, job, new MessageUpdate(message.Id)
                {
                    Timeline = timeline,
                    Deliveries = [delivery with { Status = DeliveryStatus.Retrying, LastError = result.ReasonCode, UpdatedAt = now }],
                    Jobs = [JobBodies.Deliver(message.Id, destinationId!, result.RetryAfter ?? TimeSpan.FromSeconds(5))],
                }, cancellationToken);
            case DeliveryOutcome.RetriesExhausted when now - message.ReceivedAt < options.Value.MaxDeliveryAge:
                // Still transient: try again in a later round rather than give up on a destination that is down for a while.
                var delay = RedeliveryDelay(delivery.Attempts, result.Attempts.Count);
                timeline.Add(new TimelineEntry(now, PipelineSteps.Deliver, StepOutcomes.Retry, result.ReasonCode, $"Every attempt failed; the delivery is tried again in {delay.TotalSeconds:0} s.", destinationId));
                return await StepCommit.ApplyAsync(store, job, new MessageUpdate(message.Id)
                {
                    Timeline = timeline,
                    Deliveries = [delivery with { Status = DeliveryStatus.Retrying, Attempts = attempts, LastError = result.ReasonCode, UpdatedAt = now }],
                    Jobs = [JobBodies.Deliver(message.Id, destinationId!, delay)],
                }, cancellationToken);
            default:
                timeline.Add(new TimelineEntry(now, PipelineSteps.Deliver, StepOutcomes.DeadLettered, result.ReasonCode, "The destination refused the message, or kept failing for too long; replay it once the cause is fixed.", destinationId));
                return await FinishAsync(job, message, delivery with { Status = DeliveryStatus.DeadLettered, Attempts = attempts, LastError = result.ReasonCode, UpdatedAt = now }, timeline, cancellationToken);
        }
    }

    public async Task PoisonedAsync(LeasedMessage job, CancellationToken cancellationToken)
    {
        var (messageId, destinationId) = JobBodies.ReadMessageJob(job);
        var message = await store.FindAsync(messageId, cancellationToken);
        if (message?.Deliveries.FirstOrDefault(d => d.Destination == destinationId) is not { } delivery)
        {
            return;
        }

        var entry = new TimelineEntry(clock.GetUtcNow(), PipelineSteps.Deliver, StepOutcomes.DeadLettered, PoisonedJobs.Code,
            $"The deliver step failed {job.DequeueCount} times; the job is in '{QueueNames.Poison(job.Queue)}'.", destinationId);
        // The worker deletes a poisoned job once it is copied to the poison queue.
        await FinishAsync(job: null, message, delivery with { Status = DeliveryStatus.DeadLettered, LastError = PoisonedJobs.Code, UpdatedAt = clock.GetUtcNow() }, [entry], cancellationToken);
    }

    /// <summary>Records a delivery that has ended; the store settles the message's status, and the last one to end asks for the business acknowledgement.</summary>
    private async Task<JobCompletion> FinishAsync(LeasedMessage? job, StoredMessage message, DeliveryRecord delivery, IReadOnlyList<TimelineEntry> timeline, CancellationToken cancellationToken)
    {
        var completion = await StepCommit.ApplyAsync(store, job, new MessageUpdate(message.Id)
        {
            Timeline = timeline,
            Deliveries = [delivery],
            DeriveStatusFromDeliveries = true,
            JobsWhenFinal = message.Envelope.BusAckRequested
                ? [JobBodies.Acknowledge(new AcknowledgeJob(message.Id, ItkResponseKind.Business))]
                : [],
        }, cancellationToken);
        metrics.DeliveryEnded(delivery.Destination, message.Envelope.Event, delivery.Status == DeliveryStatus.Delivered ? "delivered" : StepOutcomes.DeadLettered, delivery.LastError);
        return completion;
    }

    private static string ConversionNote(IReadOnlyList<ConversionIssue> issues) =>
        $"Converted to R4; {issues.Count} element(s) not carried as they were: "
        + string.Join("; ", issues.Take(5).Select(i => $"{i.Code} at {i.Path}"))
        + (issues.Count > 5 ? "; ..." : ".");

    /// <summary>Doubles the wait with each earlier round of attempts, up to the maximum.</summary>
    private TimeSpan RedeliveryDelay(int earlierAttempts, int attemptsPerRound)
    {
        var rounds = Math.Min(earlierAttempts / Math.Max(1, attemptsPerRound), 16);
        var delay = options.Value.RedeliveryDelay * Math.Pow(2, rounds);
        return delay < options.Value.MaxRedeliveryDelay ? delay : options.Value.MaxRedeliveryDelay;
    }

    private static TimelineEntry Entry(DeliveryAttempt attempt, int earlierAttempts, string destinationId, DeliveryResult result)
    {
        var last = attempt.Number == result.Attempts.Count;
        var outcome = attempt.ReasonCode is null ? StepOutcomes.Ok
            : !last ? StepOutcomes.Retry
            : StepOutcomes.Failed;
        return new TimelineEntry(attempt.StartedAt + attempt.Latency, PipelineSteps.Deliver, outcome, attempt.ReasonCode ?? attempt.HttpStatus?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            null, destinationId, earlierAttempts + attempt.Number, attempt.HttpStatus, attempt.Latency.TotalMilliseconds);
    }
}
