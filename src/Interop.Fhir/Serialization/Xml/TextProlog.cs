namespace Interop.Fhir.Serialization.Xml;

/// <summary>The prolog of input given as a string.</summary>
internal sealed class TextProlog : IXmlProlog
{
    // As for bytes: a DTD behind a longer prolog is reported as malformed XML, still fatal.
    private const int Limit = 64 * 1024;

    private readonly string _text;
    private bool _rootReached;

    public TextProlog(string text) => _text = text;

    public bool IsText => true;

    public bool StartsWithNonUtf8ByteOrderMark => false;

    public bool HasDoctype =>
        !_rootReached && _text.AsSpan(0, Math.Min(_text.Length, Limit)).Contains("<!DOCTYPE", StringComparison.Ordinal);

    public void RootReached() => _rootReached = true;
}
