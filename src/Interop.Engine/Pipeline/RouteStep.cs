using Interop.Engine.Acknowledgements;
using Interop.Engine.Messages;
using Interop.Engine.Queues;
using Interop.Engine.Routing;
using Interop.Engine.Storage;
using Interop.Engine.Telemetry;
using Microsoft.Extensions.Logging;

namespace Interop.Engine.Pipeline;

/// <summary>The route step: chooses the destinations of a received message and queues one delivery for each.</summary>
internal sealed partial class RouteStep(IMessageStore store, Router router, EngineMetrics metrics, TimeProvider clock, ILogger<RouteStep> logger) : IJobHandler
{
    public string Queue => QueueNames.Route;

    public async Task<JobCompletion> HandleAsync(LeasedMessage job, CancellationToken cancellationToken)
    {
        var messageId = JobBodies.ReadMessageJob(job).MessageId;
        var message = await store.FindAsync(messageId, cancellationToken);
        if (message is null || message.Status != MessageStatus.Received)
        {
            // Routed by an earlier receive of this job, or gone: nothing to do.
            return JobCompletion.ByWorker;
        }

        var decision = await router.RouteAsync(message, cancellationToken);
        var now = clock.GetUtcNow();
        if (decision.Issue is { } issue)
        {
            LogUnroutable(logger, message.Id, issue.Code);
            metrics.Rejected(message.Envelope.Event, PipelineSteps.Route, issue.Code);
            return await StepCommit.ApplyAsync(store, job, new MessageUpdate(message.Id)
            {
                Status = MessageStatus.Rejected,
                Timeline = [new TimelineEntry(now, PipelineSteps.Route, StepOutcomes.Rejected, issue.Code, issue.Display)],
                Jobs = JobBodies.InfrastructureAcknowledgement(message, new ItkResponse(ItkResponseKind.Infrastructure, "fatal-error", issue.ItkCode, issue.Code, issue.Display)),
            }, cancellationToken);
        }

        var superseding = await SupersedeAsync(message, now, cancellationToken);
        return await StepCommit.ApplyAsync(store, job, new MessageUpdate(message.Id)
        {
            Status = MessageStatus.Routed,
            Timeline =
            [
                .. superseding,
                .. decision.Destinations.Select(d => new TimelineEntry(now, PipelineSteps.Route, StepOutcomes.Ok, null, $"{d.Reason} (route '{d.Route}')", d.DestinationId)),
            ],
            Deliveries = [.. decision.Destinations.Select(d => new DeliveryRecord(d.DestinationId, DeliveryStatus.Pending, 0, null, IdempotencyKey(message.ReplayOf ?? message.Id, d.DestinationId), now, d.Mapping))],
            Jobs =
            [
                .. decision.Destinations.Select(d => JobBodies.Deliver(message.Id, d.DestinationId)),
                .. JobBodies.InfrastructureAcknowledgement(message, new ItkResponse(ItkResponseKind.Infrastructure, "ok", ItkCodes.Success, null, "Accepted.")),
            ],
        }, cancellationToken);
    }

    /// <summary>
    /// A replacement (<c>Composition.relatesTo</c> replaces) supersedes the latest message that carried the replaced document
    /// from the same sender: that message's timeline names the replacement, and the replacement's names it. The replacement
    /// is delivered as it is, relatesTo and all, so each receiver supersedes its own copy; one replacing a document this engine
    /// never saw is delivered too, with that said on its timeline.
    /// </summary>
    private async Task<IReadOnlyList<TimelineEntry>> SupersedeAsync(StoredMessage message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (message.Envelope.ReplacesDocumentId is not { } replaced || message.Envelope.SenderOds is not { } sender)
        {
            return [];
        }

        var page = await store.SearchAsync(new MessageQuery(Sender: sender, DocumentId: replaced, Limit: 2), cancellationToken);
        if (page.Items.FirstOrDefault(m => m.Id != message.Id && m.Id != message.ReplayOf) is not { } earlier)
        {
            return [new TimelineEntry(now, PipelineSteps.Supersede, StepOutcomes.Ok, null, "Replaces a document this engine has not received; delivered as a replacement.")];
        }

        await store.ApplyAsync(new MessageUpdate(earlier.Id)
        {
            Timeline = [new TimelineEntry(now, PipelineSteps.Supersede, StepOutcomes.Ok, null, $"Superseded by message {message.Id}.")],
        }, cancellationToken);
        return [new TimelineEntry(now, PipelineSteps.Supersede, StepOutcomes.Ok, null, $"Replaces message {earlier.Id}; delivered as its replacement.")];
    }

    public Task PoisonedAsync(LeasedMessage job, CancellationToken cancellationToken) =>
        PoisonedJobs.RecordAsync(store, clock, job, PipelineSteps.Route, cancellationToken);

    /// <summary>The key a destination deduplicates deliveries by: a replay keeps its original's, so a receiver that took the message once can tell.</summary>
    public static string IdempotencyKey(string messageId, string destinationId) => $"{messageId}.{destinationId}";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} could not be routed: {Code}")]
    private static partial void LogUnroutable(ILogger logger, string messageId, string code);
}
