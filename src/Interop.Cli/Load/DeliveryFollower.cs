namespace Interop.Cli.Load;

/// <summary>
/// Waits until no accepted copy is still received or routed (searching by status, which shrinks as the engine catches up),
/// then reads each copy once for its final status and timeline, so following adds little load while the engine works.
/// </summary>
internal sealed class DeliveryFollower(OperatorApi api, TimeProvider time)
{
    // Searched in pipeline order: a message that moves on between the two searches is still seen by the second.
    private static readonly string[] InProgress = ["received", "routed"];
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);
    private const int ReadConcurrency = 8;

    /// <summary>Follows <paramref name="messageIds"/> (received at or after <paramref name="from"/>) for at most <paramref name="timeout"/>.</summary>
    public async Task<DeliveryResult> FollowAsync(IReadOnlyCollection<string> messageIds, DateTimeOffset from, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var ours = messageIds.ToHashSet(StringComparer.Ordinal);
        var start = time.GetTimestamp();
        var settled = false;
        while (ours.Count > 0)
        {
            var pending = 0;
            foreach (var status in InProgress)
            {
                pending += (await api.SearchIdsAsync(status, from, cancellationToken)).Count(ours.Contains);
            }

            settled = pending == 0;
            if (settled || time.GetElapsedTime(start) >= timeout)
            {
                break;
            }

            await Task.Delay(PollInterval, time, cancellationToken);
        }

        var outcomes = new DeliveryOutcome[messageIds.Count];
        await Parallel.ForEachAsync(
            messageIds.Select((id, index) => (id, index)),
            new ParallelOptions { MaxDegreeOfParallelism = ReadConcurrency, CancellationToken = cancellationToken },
            async (item, ct) => outcomes[item.index] = await api.FindAsync(item.id, ct) is { } message
                ? DeliveryOutcome.From(message)
                : new DeliveryOutcome(item.id, DeliveryOutcome.Missing, null, null));
        return new DeliveryResult(outcomes, settled || ours.Count == 0);
    }
}
