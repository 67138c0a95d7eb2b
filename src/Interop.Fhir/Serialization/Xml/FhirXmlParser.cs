using Interop.Fhir.Introspection;

namespace Interop.Fhir.Serialization.Xml;

/// <summary>Reads FHIR XML into the typed model of one FHIR version; never throws for bad input.</summary>
public sealed class FhirXmlParser
{
    private readonly ModelInfo _model;
    private readonly FhirParserOptions _options;

    /// <summary>Creates a parser for <paramref name="model"/>.</summary>
    public FhirXmlParser(ModelInfo model, FhirParserOptions? options = null)
    {
        _model = model;
        _options = options ?? FhirParserOptions.Default;
    }

    /// <summary>Parses a resource from UTF-8 XML.</summary>
    public ParseResult Parse(ReadOnlySpan<byte> utf8Xml) => throw new NotImplementedException(_model.FhirVersion + _options.MaxDepth);

    /// <summary>Parses a resource from an XML string.</summary>
    public ParseResult Parse(string xml) => Parse(System.Text.Encoding.UTF8.GetBytes(xml));

    /// <summary>Parses a resource from a stream of UTF-8 XML.</summary>
    public ParseResult Parse(Stream utf8Xml)
    {
        using var buffer = new MemoryStream();
        utf8Xml.CopyTo(buffer);
        return Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }
}
