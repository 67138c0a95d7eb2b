using System.Text.Json;

namespace Interop.Fhir.Serialization.Json;

/// <summary>
/// Holds the unescaped UTF-8 of JSON strings that contained escapes, for primitives to keep as slices: small ones share
/// chunks, large ones (narrative, mostly) get an array of their own.
/// </summary>
/// <param name="inputLength">The length of the JSON text: no chunk need be longer, so small documents get small chunks.</param>
internal sealed class Utf8Arena(int inputLength)
{
    private const int ChunkSize = 64 * 1024;
    private const int OwnArrayFrom = ChunkSize / 8;

    private readonly int _chunkSize = Math.Min(ChunkSize, inputLength);
    private byte[] _chunk = [];
    private int _used;

    /// <summary>The unescaped value of the string token <paramref name="reader"/> is on.</summary>
    public ReadOnlyMemory<byte> Unescape(ref Utf8JsonReader reader)
    {
        // Unescaping never lengthens a string, so the escaped length is room enough.
        var length = reader.ValueSpan.Length;
        if (length >= OwnArrayFrom)
        {
            // Unescaping writes every byte kept, so the array need not be zeroed first.
            var own = GC.AllocateUninitializedArray<byte>(length);
            return own.AsMemory(0, reader.CopyString(own));
        }

        if (_chunk.Length - _used < length)
        {
            _chunk = GC.AllocateUninitializedArray<byte>(_chunkSize);
            _used = 0;
        }

        var written = reader.CopyString(_chunk.AsSpan(_used, length));
        var value = _chunk.AsMemory(_used, written);
        _used += written;
        return value;
    }
}
