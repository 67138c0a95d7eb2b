using Interop.Fhir.Introspection;

namespace Interop.Fhir.Serialization.Json;

/// <summary>Reads FHIR JSON into the typed model of one FHIR version; never throws for bad input.</summary>
public sealed class FhirJsonParser
{
    private readonly ModelInfo _model;
    private readonly FhirParserOptions _options;

    /// <summary>Creates a parser for <paramref name="model"/>.</summary>
    public FhirJsonParser(ModelInfo model, FhirParserOptions? options = null)
    {
        _model = model;
        _options = options ?? FhirParserOptions.Default;
    }

    /// <summary>Parses a resource from UTF-8 JSON.</summary>
    public ParseResult Parse(ReadOnlySpan<byte> utf8Json) => throw new NotImplementedException(_model.FhirVersion + _options.MaxDepth);

    /// <summary>Parses a resource from a JSON string.</summary>
    public ParseResult Parse(string json) => Parse(System.Text.Encoding.UTF8.GetBytes(json));

    /// <summary>Parses a resource from a stream of UTF-8 JSON.</summary>
    public ParseResult Parse(Stream utf8Json)
    {
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }
}
