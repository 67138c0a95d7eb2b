using System.Text;

namespace Interop.Fhir;

/// <summary>
/// A primitive's lexical form: its text, or the UTF-8 bytes a parser read it as, decoded on first use so a parse does
/// not create millions of strings that nobody reads. Every generated primitive keeps one in a (non-readonly) field.
/// </summary>
public struct LexicalValue
{
    private string? _text;
    private ReadOnlyMemory<byte> _utf8;

    /// <summary>The text, decoded from <see cref="Utf8"/> the first time it is read; setting it drops the bytes.</summary>
    public string? Text
    {
        get => _text ?? Decode();
        set
        {
            _text = value;
            _utf8 = default;
        }
    }

    /// <summary>The UTF-8 bytes the value was read as, or empty when it was set as text; setting them drops the text.</summary>
    public ReadOnlyMemory<byte> Utf8
    {
        readonly get => _utf8;
        set
        {
            _utf8 = value;
            _text = null;
        }
    }

    // Two threads reading at once may both decode; each stores the same text, so the race is harmless.
    private string? Decode() => _utf8.IsEmpty ? null : _text = Encoding.UTF8.GetString(_utf8.Span);
}
