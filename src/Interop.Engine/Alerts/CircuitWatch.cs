using Interop.Engine.Delivery;

namespace Interop.Engine.Alerts;

/// <summary>
/// Remembers since when each destination's circuit has not been closed, from one evaluation to the next: open, half-open
/// (a trial request) and isolated all count, so a breaker that keeps reopening while its destination is down stays one incident.
/// </summary>
internal sealed class CircuitWatch
{
    private readonly Dictionary<string, DateTimeOffset> _since = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Takes the states seen at <paramref name="now"/> and answers which circuits are not closed, and since when.</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> Update(IEnumerable<(string Destination, DestinationCircuitState State)> states, DateTimeOffset now)
    {
        foreach (var (destination, state) in states)
        {
            if (state == DestinationCircuitState.Closed)
            {
                _since.Remove(destination);
            }
            else
            {
                _since.TryAdd(destination, now);
            }
        }

        return new Dictionary<string, DateTimeOffset>(_since, StringComparer.OrdinalIgnoreCase);
    }
}
