using System.Collections.Concurrent;

namespace Interop.Engine.Messages;

/// <summary>
/// The models of the payloads the pipeline worked on last, by message id, so the steps that follow one another on a
/// message (validate, then each delivery) parse it once and convert it once. Bounded: the entry added first goes first.
/// </summary>
internal sealed class ParsedPayloads
{
    // About 400 KB of parsed model and as much again converted, for a 36 KB Update Record: some 50 MB in all, enough for
    // the deliveries to find the models the validate step made while they are at most 64 messages behind it.
    private const int Capacity = 64;

    private readonly ConcurrentDictionary<string, PayloadModels> _byId = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _added = new();

    /// <summary>The models of <paramref name="message"/>'s payload, kept or made from <paramref name="payload"/>.</summary>
    public PayloadModels For(StoredMessage message, byte[] payload)
    {
        if (_byId.TryGetValue(message.Id, out var kept))
        {
            return kept;
        }

        var models = new PayloadModels(message, payload);
        if (!_byId.TryAdd(message.Id, models))
        {
            return _byId.TryGetValue(message.Id, out var raced) ? raced : models;
        }

        _added.Enqueue(message.Id);
        while (_added.Count > Capacity && _added.TryDequeue(out var oldest))
        {
            _byId.TryRemove(oldest, out _);
        }

        return models;
    }
}
