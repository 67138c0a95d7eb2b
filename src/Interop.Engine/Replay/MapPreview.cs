using Interop.Engine.Destinations;
using Interop.Engine.Messages;
using Interop.Engine.Receiving;

namespace Interop.Engine.Replay;

/// <summary>
/// What a message from outside would become, shown without sending it (<c>interop map</c>): read as the receive step reads
/// it, kept in the engine's store, then planned by a replay's dry run, so a preview and a replay cannot disagree.
/// </summary>
internal sealed class MapPreview(MessageReceiver receiver, ReplayService replay, IDestinationDirectory destinations, TimeProvider clock)
{
    /// <summary>The client id previews are stored under.</summary>
    public const string ClientId = "interop-map";

    /// <summary>
    /// The plan for <paramref name="body"/>: every destination the routing rules choose, or only <paramref name="destinationId"/>
    /// under <paramref name="mapping"/>, unless <paramref name="accepts"/> refuses the message's event; or why there is none.
    /// </summary>
    public async Task<(ReplayPlan? Plan, string? Problem)> PreviewAsync(
        byte[] body, string fhirVersion, string mediaType, Func<string?, bool> accepts, string? destinationId, string? mapping, CancellationToken cancellationToken)
    {
        var read = receiver.Read(fhirVersion, mediaType, body);
        if (read.Issue is { } issue)
        {
            return (null, $"{issue.Code}: {issue.Display}");
        }

        if (!accepts(read.Envelope.Event))
        {
            return (null, $"the message's event '{read.Envelope.Event}' is not one of this flow's");
        }

        if (destinationId is not null && destinations.FindById(destinationId) is null)
        {
            return (null, $"'{destinationId}' is not in the destination directory ({string.Join(", ", destinations.All.Select(d => d.Id))})");
        }

        var source = new MessageSource(ClientId, fhirVersion, mediaType, body, clock.GetUtcNow());
        var accepted = await receiver.AcceptAsync(source, read, replayOf: null, cancellationToken);
        var plan = destinationId is null
            ? await replay.ReplayAsync(accepted.MessageId, dryRun: true, ClientId, cancellationToken)
            : await replay.DryRunToAsync(accepted.MessageId, destinationId, mapping, cancellationToken);
        return (plan, null);
    }
}
