using System.Collections.Concurrent;

namespace Interop.Fhir.Validation.Terminology;

/// <summary>
/// A thread-safe cache by canonical URL that empties itself when full. A validator uses a small share of the few thousand
/// value sets and code systems its packages hold, so a clear is rare and cheaper than tracking what was used last.
/// </summary>
internal sealed class BoundedCache<TValue>(int capacity)
{
    private readonly ConcurrentDictionary<string, TValue> entries = new(StringComparer.Ordinal);

    /// <summary>How many entries the cache holds now.</summary>
    public int Count => entries.Count;

    /// <summary>
    /// The cached value for <paramref name="key"/>, else the one <paramref name="create"/> makes from the key and
    /// <paramref name="state"/> (on a race, possibly twice); the state spares a hit the cost of a closure.
    /// </summary>
    public TValue GetOrAdd<TState>(string key, Func<string, TState, TValue> create, TState state)
    {
        if (entries.TryGetValue(key, out var value))
        {
            return value;
        }

        // Created outside the dictionary so that building one entry may look up others (a value set importing another).
        value = create(key, state);
        if (entries.Count >= capacity)
        {
            entries.Clear();
        }

        return entries.GetOrAdd(key, value);
    }
}
