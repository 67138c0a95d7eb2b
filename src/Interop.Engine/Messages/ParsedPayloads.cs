using System.Collections.Concurrent;
using Interop.Fhir;

namespace Interop.Engine.Messages;

/// <summary>
/// The models of the payloads the engine worked on last, by message id, so the door and the steps that follow one another
/// on a message (validate, then each delivery) parse it once and convert it once. Bounded: the entry added first goes first.
/// </summary>
internal sealed class ParsedPayloads
{
    // About 400 KB of parsed model and as much again converted, for a 36 KB Update Record: some 50 MB in all, enough for
    // the deliveries to find the models the validate step made while they are at most 64 messages behind it.
    private const int Capacity = 64;

    private readonly ConcurrentDictionary<string, PayloadModels> _byId = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _added = new();

    /// <summary>The models of <paramref name="message"/>'s payload, kept or made from <paramref name="payload"/>.</summary>
    public PayloadModels For(StoredMessage message, byte[] payload) =>
        _byId.TryGetValue(message.Id, out var kept) ? kept : Add(message.Id, new PayloadModels(message, payload));

    /// <summary>The models kept for message <paramref name="messageId"/>, or null: a step that finds them need not read the payload.</summary>
    public PayloadModels? Kept(string messageId) => _byId.GetValueOrDefault(messageId);

    /// <summary>Keeps the model the door parsed a just-accepted message's payload into, for the steps that follow.</summary>
    public void Keep(string messageId, Base parsed) => Add(messageId, new PayloadModels(parsed));

    private PayloadModels Add(string messageId, PayloadModels models)
    {
        if (!_byId.TryAdd(messageId, models))
        {
            return _byId.TryGetValue(messageId, out var raced) ? raced : models;
        }

        _added.Enqueue(messageId);
        while (_added.Count > Capacity && _added.TryDequeue(out var oldest))
        {
            _byId.TryRemove(oldest, out _);
        }

        return models;
    }
}
