using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Interop.Fhir;

/// <summary>
/// A primitive's lexical form: its text, or the UTF-8 bytes a parser read it as, decoded on first use so a parse does
/// not create millions of strings that nobody reads. A JSON string that had escapes is kept as it was written, escapes
/// and all, and unescaped only when read, so a parse copies nothing. Every generated primitive keeps one in a
/// (non-readonly) field, so it is kept to two words: there is one per primitive value of every parsed resource.
/// </summary>
public struct LexicalValue
{
    // The text (a string), or the array holding the UTF-8 bytes (from _start, _length of them). The text replaces the
    // bytes once they are decoded; _start and _length are never changed by a read, so a thread that read the array
    // still finds its bytes.
    private object? _value;
    private int _start;

    // The byte count; negated when the bytes are a JSON string's content with its escapes still in it.
    private int _length;

    /// <summary>The text, decoded the first time it is read; setting it drops the bytes.</summary>
    public string? Text
    {
        get => _value as string ?? Decode();
        set => (_value, _start, _length) = (value, 0, 0);
    }

    /// <summary>
    /// The value as UTF-8: the bytes it was read as, or empty when it was set as text or has been read as text since.
    /// Setting them drops the text. A value read from a JSON string with escapes is unescaped into a new array on every
    /// read; <see cref="Text"/> decodes it once.
    /// </summary>
    public ReadOnlyMemory<byte> Utf8
    {
        readonly get
        {
            if (_value is not byte[] bytes)
            {
                return default;
            }

            if (_length >= 0)
            {
                return bytes.AsMemory(_start, _length);
            }

            var unescaped = new byte[-_length];
            return unescaped.AsMemory(0, JsonStringReader(bytes).CopyString(unescaped));
        }

        set
        {
            var segment = MemoryMarshal.TryGetArray(value, out var array) ? array : new ArraySegment<byte>(value.ToArray());
            Set(segment.Array, segment.Offset, segment.Count);
        }
    }

    /// <summary>Whether there is a value, answered without decoding it.</summary>
    public readonly bool HasValue => _value is string || _length != 0;

    /// <summary>
    /// The byte count of a value read from a JSON string with escapes and not yet decoded, which its unescaped UTF-8 never
    /// exceeds; 0 for any other value.
    /// </summary>
    internal readonly int EscapedLength => _value is byte[] && _length < 0 ? -_length : 0;

    /// <summary>
    /// Unescapes a value read from a JSON string with escapes into <paramref name="destination"/>, which must hold
    /// <see cref="EscapedLength"/> bytes; false when the value is not (or, read on another thread since, no longer) one.
    /// </summary>
    internal readonly bool TryUnescape(Span<byte> destination, out int written)
    {
        var value = _value;
        written = value is byte[] bytes && _length < 0 ? JsonStringReader(bytes).CopyString(destination) : 0;
        return written > 0;
    }

    /// <summary>Keeps <paramref name="length"/> bytes of <paramref name="utf8"/> from <paramref name="start"/> as the value.</summary>
    internal void Set(byte[]? utf8, int start, int length) => (_value, _start, _length) = (length == 0 ? null : utf8, start, length);

    /// <summary>
    /// Keeps the content of a JSON string token that has escapes, unescaped later: <paramref name="length"/> bytes of
    /// <paramref name="json"/> from <paramref name="start"/>, with the token's quotes on either side.
    /// </summary>
    internal void SetEscapedJson(byte[] json, int start, int length) => (_value, _start, _length) = (json, start, -length);

    // The token, quotes included: the parser keeps only strings it read from JSON text this way.
    private readonly Utf8JsonReader JsonStringReader(byte[] bytes)
    {
        var reader = new Utf8JsonReader(bytes.AsSpan(_start - 1, 2 - _length));
        reader.Read();
        return reader;
    }

    // Two threads reading at once may both decode; each stores the same text, so the race is harmless.
    private string? Decode()
    {
        if (_value is not byte[] bytes)
        {
            return _value as string;
        }

        var text = _length >= 0 ? Encoding.UTF8.GetString(bytes, _start, _length) : JsonStringReader(bytes).GetString();
        _value = text;
        return text;
    }
}
