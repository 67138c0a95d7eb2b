using Interop.Fhir;
using Interop.Fhir.Introspection;
using Interop.Fhir.Serialization;
using Interop.Fhir.Serialization.Json;
using Interop.Fhir.Serialization.Xml;

namespace Interop.Cli.Conversion;

/// <summary>Detects, reads and writes the FHIR formats.</summary>
internal static class FhirFormats
{
    /// <summary>XML when the first character that is not whitespace (or a byte order mark) is <c>&lt;</c>, else JSON, whose parser then reports anything that is not JSON.</summary>
    public static FhirFormat Detect(ReadOnlySpan<byte> content)
    {
        var text = content.StartsWith("\uFEFF"u8) ? content[3..] : content;
        var start = text.IndexOfAnyExcept(" \t\r\n"u8);
        return start >= 0 && text[start] == (byte)'<' ? FhirFormat.Xml : FhirFormat.Json;
    }

    /// <summary>The other format: XML for JSON and JSON for XML.</summary>
    public static FhirFormat Other(FhirFormat format) => format == FhirFormat.Json ? FhirFormat.Xml : FhirFormat.Json;

    /// <summary>Parses <paramref name="content"/> in <paramref name="format"/> with <paramref name="model"/>.</summary>
    public static ParseResult Parse(byte[] content, FhirFormat format, ModelInfo model, FhirParserOptions? options = null) => format == FhirFormat.Json
        ? new FhirJsonParser(model, options).Parse(content)
        : new FhirXmlParser(model, options).Parse(content);

    /// <summary>Writes <paramref name="resource"/> in <paramref name="format"/>, indented for people to read.</summary>
    public static byte[] Serialize(Base resource, FhirFormat format)
    {
        var options = new FhirSerializerOptions { Indented = true };
        return format == FhirFormat.Json
            ? new FhirJsonSerializer(options).SerializeToUtf8Bytes(resource)
            : new FhirXmlSerializer(options).SerializeToUtf8Bytes(resource);
    }
}
