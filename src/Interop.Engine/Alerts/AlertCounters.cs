namespace Interop.Engine.Alerts;

/// <summary>
/// Counts of engine events in one-second buckets, kept for <see cref="Retention"/>, so a rule can ask how many happened
/// within its window; a bucket holds counts per signal and destination, never message content.
/// </summary>
internal sealed class AlertCounters(TimeProvider clock)
{
    /// <summary>How long counts are kept: the longest window a rule may have.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    private readonly Lock _gate = new();
    private readonly LinkedList<(long Second, Dictionary<(AlertSignal Signal, string Destination), long> Counts)> _buckets = new();

    /// <summary>Counts one event now; <paramref name="destination"/> is empty for events of no destination.</summary>
    public void Add(AlertSignal signal, string destination = "")
    {
        var second = clock.GetUtcNow().ToUnixTimeSeconds();
        lock (_gate)
        {
            // Events reported a little out of order join the newest bucket: a second's precision is all a window needs.
            if (_buckets.Last is not { } last || last.Value.Second < second)
            {
                last = _buckets.AddLast((second, new Dictionary<(AlertSignal, string), long>()));
            }

            var key = (signal, destination);
            last.Value.Counts[key] = last.Value.Counts.GetValueOrDefault(key) + 1;
            while (_buckets.First is { } first && first.Value.Second <= second - (long)Retention.TotalSeconds)
            {
                _buckets.RemoveFirst();
            }
        }
    }

    /// <summary>Events of <paramref name="signal"/> in the <paramref name="window"/> up to now, for one destination or (null) all.</summary>
    public long Count(AlertSignal signal, TimeSpan window, string? destination = null)
    {
        var after = clock.GetUtcNow().ToUnixTimeSeconds() - (long)Math.Ceiling(window.TotalSeconds);
        var total = 0L;
        lock (_gate)
        {
            for (var node = _buckets.Last; node is not null && node.Value.Second > after; node = node.Previous)
            {
                foreach (var ((s, d), count) in node.Value.Counts)
                {
                    if (s == signal && (destination is null || string.Equals(d, destination, StringComparison.OrdinalIgnoreCase)))
                    {
                        total += count;
                    }
                }
            }
        }

        return total;
    }
}
