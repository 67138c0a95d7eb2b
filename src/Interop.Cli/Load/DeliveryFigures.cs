namespace Interop.Cli.Load;

/// <summary>How far the accepted copies got, by the host's own timestamps.</summary>
/// <param name="Followed">Accepted copies followed.</param>
/// <param name="Delivered">Copies delivered to every destination.</param>
/// <param name="Settled">False when the timeout came with copies still in progress.</param>
/// <param name="Seconds">From the first copy received to the last delivered.</param>
/// <param name="DeliveredPerSecond">Delivered over that time.</param>
/// <param name="EndToEnd">Received-to-delivered latency of the delivered copies.</param>
/// <param name="Statuses">How many copies ended in each status.</param>
internal sealed record DeliveryFigures(int Followed, int Delivered, bool Settled, double Seconds, double DeliveredPerSecond, LatencySummary EndToEnd, IReadOnlyDictionary<string, int> Statuses)
{
    /// <summary>The figures of <paramref name="result"/>.</summary>
    public static DeliveryFigures From(DeliveryResult result)
    {
        var delivered = result.Outcomes.Where(o => o.DeliveredAt is not null).ToList();
        var seconds = delivered.Count == 0 ? 0 : (delivered.Max(o => o.DeliveredAt!.Value) - delivered.Min(o => o.ReceivedAt!.Value)).TotalSeconds;
        return new DeliveryFigures(
            result.Outcomes.Count,
            delivered.Count,
            result.Settled,
            seconds,
            seconds > 0 ? delivered.Count / seconds : 0,
            LatencySummary.Of(delivered.Select(o => o.EndToEndMs!.Value)),
            AcceptFigures.Count(result.Outcomes.Select(o => o.Status)));
    }
}
