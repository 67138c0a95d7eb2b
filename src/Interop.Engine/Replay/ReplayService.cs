using Interop.Engine.Destinations;
using Interop.Engine.Messages;
using Interop.Engine.Pipeline;
using Interop.Engine.Routing;
using Interop.Engine.Storage;

namespace Interop.Engine.Replay;

/// <summary>
/// Sends stored messages through the pipeline again: a replay is a new message with the original's payload, linked to the
/// first original, routed by today's rules, and delivered with the original's idempotency keys so receivers can deduplicate.
/// </summary>
internal sealed class ReplayService(IMessageStore store, Router router, IDestinationDirectory destinations, DeliveryOutputs outputs, TimeProvider clock)
{
    /// <summary>The most messages one bulk replay handles.</summary>
    public const int MaxBulk = 500;

    /// <summary>Replays one message, or with <paramref name="dryRun"/> only says where it would go and what it would send; null when there is no such message.</summary>
    public Task<ReplayPlan?> ReplayAsync(string messageId, bool dryRun, string operatorId, CancellationToken cancellationToken) =>
        ReplayAsync(messageId, dryRun, withBodies: true, operatorId, cancellationToken);

    private async Task<ReplayPlan?> ReplayAsync(string messageId, bool dryRun, bool withBodies, string operatorId, CancellationToken cancellationToken)
    {
        var original = await store.FindAsync(messageId, cancellationToken);
        var payload = original is null ? null : await store.ReadPayloadAsync(messageId, cancellationToken);
        if (original is null || payload is null || original.Status == MessageStatus.Duplicate || RefusedAtTheDoor(original))
        {
            return original is null ? null : new ReplayPlan(messageId, [], RouteIssue.NoRoute, null);
        }

        var decision = await router.RouteAsync(original, cancellationToken);
        var targets = new List<ReplayTarget>();
        foreach (var routed in decision.Destinations)
        {
            var destination = destinations.FindById(routed.DestinationId);
            var output = dryRun && destination is not null ? await PreviewAsync(original, payload, destination, routed.Mapping, withBodies, cancellationToken) : null;
            targets.Add(new ReplayTarget(routed.DestinationId, destination?.Url.AbsoluteUri ?? "", routed.Reason, routed.Mapping, output));
        }

        if (dryRun || decision.Issue is not null)
        {
            return new ReplayPlan(messageId, targets, decision.Issue, null);
        }

        var root = original.ReplayOf ?? original.Id;
        var now = clock.GetUtcNow();
        var replay = new IncomingMessage(Guid.NewGuid().ToString("N"), now, original.ClientId, original.FhirVersion, original.ContentType, original.Envelope, payload, root);
        var accepted = await store.AcceptAsync(replay, JobBodies.Validate(replay.Id), cancellationToken);
        await store.ApplyAsync(new MessageUpdate(original.Id)
        {
            Timeline = [new TimelineEntry(now, PipelineSteps.Replay, StepOutcomes.Ok, null, $"Replayed by {operatorId} as {accepted.MessageId}.")],
        }, cancellationToken);
        return new ReplayPlan(messageId, targets, null, accepted.MessageId);
    }

    /// <summary>A dry run to one destination, chosen rather than routed, under <paramref name="mapping"/>; null when there is no such message or destination.</summary>
    public async Task<ReplayPlan?> DryRunToAsync(string messageId, string destinationId, string? mapping, CancellationToken cancellationToken)
    {
        var message = await store.FindAsync(messageId, cancellationToken);
        var payload = message is null ? null : await store.ReadPayloadAsync(messageId, cancellationToken);
        if (message is null || payload is null || destinations.FindById(destinationId) is not { } destination)
        {
            return null;
        }

        var output = await PreviewAsync(message, payload, destination, mapping, withBody: true, cancellationToken);
        return new ReplayPlan(messageId, [new ReplayTarget(destination.Id, destination.Url.AbsoluteUri, "chosen by the operator", mapping, output)], null, null);
    }

    /// <summary>
    /// Replays (or dry-runs) the dead-lettered and partly delivered messages matching <paramref name="filter"/>, newest first;
    /// its <see cref="MessageQuery.DeadLetterReason"/> keeps those whose delivery failed with that code.
    /// </summary>
    public async Task<IReadOnlyList<ReplayPlan>> ReplayDeadLettersAsync(MessageQuery filter, bool dryRun, string operatorId, CancellationToken cancellationToken)
    {
        var plans = new List<ReplayPlan>();
        foreach (var status in new[] { MessageStatus.DeadLettered, MessageStatus.PartiallyDelivered })
        {
            string? token = null;
            do
            {
                var page = await store.SearchAsync(filter with { Status = status, Limit = MaxBulk, ContinuationToken = token }, cancellationToken);
                foreach (var item in page.Items)
                {
                    if (plans.Count == MaxBulk)
                    {
                        return plans;
                    }

                    plans.Add((await ReplayAsync(item.Id, dryRun, withBodies: false, operatorId, cancellationToken))!);
                }

                token = page.ContinuationToken;
            }
            while (token is not null);
        }

        return plans;
    }

    private async Task<ReplayOutput> PreviewAsync(StoredMessage message, byte[] payload, Destination destination, string? mapping, bool withBody, CancellationToken cancellationToken)
    {
        var output = await outputs.BuildAsync(message, payload, destination, mapping, cancellationToken);
        return output.Body is { } body
            ? new ReplayOutput(output.ContentType, body.Length, null, withBody ? System.Text.Encoding.UTF8.GetString(body) : null)
            : new ReplayOutput(null, 0, output.FailureCode, null);
    }

    /// <summary>
    /// Whether the message was refused before it was accepted; one accepted and then rejected by validation or routing can
    /// be replayed once the configuration that refused it has changed.
    /// </summary>
    private static bool RefusedAtTheDoor(StoredMessage message) =>
        message.Status == MessageStatus.Rejected && message.Timeline.Any(t => t.Step == PipelineSteps.Receive && t.Outcome == StepOutcomes.Rejected);
}
