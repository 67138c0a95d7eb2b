namespace Interop.Cli.Load;

/// <summary>How the host answered the posts.</summary>
/// <param name="Sent">Copies posted.</param>
/// <param name="Accepted">Copies answered 2xx with a message id.</param>
/// <param name="Seconds">From the first copy due to the last answer.</param>
/// <param name="AcceptedPerSecond">Accepted over that time.</param>
/// <param name="Latency">Accept latency of the accepted copies.</param>
/// <param name="Outcomes">How many answers of each status (or transport failure).</param>
internal sealed record AcceptFigures(int Sent, int Accepted, double Seconds, double AcceptedPerSecond, LatencySummary Latency, IReadOnlyDictionary<string, int> Outcomes)
{
    /// <summary>The figures of <paramref name="result"/>.</summary>
    public static AcceptFigures From(SendResult result)
    {
        var accepted = result.Samples.Where(s => s.IsAccepted).ToList();
        var seconds = result.Elapsed.TotalSeconds;
        return new AcceptFigures(
            result.Samples.Count,
            accepted.Count,
            seconds,
            seconds > 0 ? accepted.Count / seconds : 0,
            LatencySummary.Of(accepted.Select(s => s.LatencyMs)),
            Count(result.Samples.Select(s => s.Outcome)));
    }

    /// <summary>How often each value occurs, in ordinal order.</summary>
    public static IReadOnlyDictionary<string, int> Count(IEnumerable<string> values) =>
        new SortedDictionary<string, int>(values.GroupBy(v => v, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal), StringComparer.Ordinal);
}
