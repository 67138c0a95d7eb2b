using System.Collections.Concurrent;
using Interop.Fhir;

namespace Interop.Engine.Messages;

/// <summary>
/// The parsed form of the payloads the pipeline worked on last, by message id, so the steps that follow one another on a
/// message (validate, then each delivery) parse it once. A stored payload never changes, and nothing changes a parsed one
/// (the mappings copy what they take from it), so one model serves every step, at the same time. Bounded: the entry
/// added first goes first.
/// </summary>
internal sealed class ParsedPayloads
{
    // About 400 KB of model each for a 36 KB Update Record: some 25 MB in all, enough for the deliveries to find the
    // models the validate step made while they are at most 64 messages behind it.
    private const int Capacity = 64;

    private readonly ConcurrentDictionary<string, Base> _byId = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _added = new();

    /// <summary>The parsed payload of <paramref name="message"/>, parsed from <paramref name="payload"/> unless it is kept.</summary>
    public Base Parse(StoredMessage message, byte[] payload)
    {
        if (_byId.TryGetValue(message.Id, out var kept))
        {
            return kept;
        }

        var parsed = MessagePayload.ParseStored(message, payload);
        if (_byId.TryAdd(message.Id, parsed))
        {
            _added.Enqueue(message.Id);
            while (_added.Count > Capacity && _added.TryDequeue(out var oldest))
            {
                _byId.TryRemove(oldest, out _);
            }
        }

        return parsed;
    }
}
