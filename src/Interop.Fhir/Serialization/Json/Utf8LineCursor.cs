namespace Interop.Fhir.Serialization.Json;

/// <summary>
/// Turns byte offsets into 1-based lines and columns (columns count bytes, as <c>Utf8JsonReader</c> does), counting newlines
/// once as it moves forward, so offsets given in document order cost one pass over the text in all.
/// </summary>
internal ref struct Utf8LineCursor
{
    private readonly ReadOnlySpan<byte> _text;
    private int _offset;
    private int _line;
    private int _lineStart;

    public Utf8LineCursor(ReadOnlySpan<byte> text)
    {
        _text = text;
        _line = 1;
    }

    /// <summary>The line and column of byte <paramref name="offset"/>; an offset behind the last one starts the count again.</summary>
    public (int Line, int Column) MoveTo(long offset)
    {
        var target = (int)Math.Min(offset, _text.Length);
        if (target < _offset)
        {
            (_offset, _line, _lineStart) = (0, 1, 0);
        }

        var passed = _text[_offset..target];
        var newlines = passed.Count((byte)'\n');
        if (newlines > 0)
        {
            _line += newlines;
            _lineStart = _offset + passed.LastIndexOf((byte)'\n') + 1;
        }

        _offset = target;
        return (_line, target - _lineStart + 1);
    }
}
