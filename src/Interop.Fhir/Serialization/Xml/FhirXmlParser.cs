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
    /// <remarks>The bytes are copied once: the XML reader reads from a stream, and a span cannot back one.</remarks>
    public ParseResult Parse(ReadOnlySpan<byte> utf8Xml) => Parse(new MemoryStream(utf8Xml.ToArray(), writable: false));

    /// <summary>Parses a resource from an XML string.</summary>
    public ParseResult Parse(string xml) => Parse(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml), writable: false));

    /// <summary>Parses a resource from a stream of UTF-8 XML, reading it as it goes.</summary>
    public ParseResult Parse(Stream utf8Xml)
    {
        ArgumentNullException.ThrowIfNull(utf8Xml);
        return new XmlResourceReader(_model, _options).Read(utf8Xml);
    }
}
