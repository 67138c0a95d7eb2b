using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Interop.Fhir.Introspection;

namespace Interop.Fhir.Serialization.Json;

/// <summary>Reads FHIR JSON into the typed model of one FHIR version; never throws for bad input.</summary>
public sealed class FhirJsonParser
{
    // Headroom over MaxDepth so the parser's own depth check, which reports JSON108, fires before the reader's.
    private const int ReaderDepthHeadroom = 8;

    private readonly ModelInfo _model;
    private readonly FhirParserOptions _options;

    /// <summary>Creates a parser for <paramref name="model"/>.</summary>
    public FhirJsonParser(ModelInfo model, FhirParserOptions? options = null)
    {
        _model = model;
        _options = options ?? FhirParserOptions.Default;
    }

    /// <summary>Parses a resource from UTF-8 JSON.</summary>
    /// <remarks>The input is copied: the resource keeps its primitive values as slices of the copy.</remarks>
    public ParseResult Parse(ReadOnlySpan<byte> utf8Json) => ParseOwned(utf8Json.ToArray());

    /// <summary>Parses a resource from UTF-8 JSON without copying it.</summary>
    /// <remarks>
    /// The resource keeps its primitive values as slices of <paramref name="utf8Json"/>, so the caller must not change
    /// that memory while the resource is in use (the contract of <c>JsonDocument.Parse(ReadOnlyMemory&lt;byte&gt;)</c>).
    /// </remarks>
    public ParseResult Parse(ReadOnlyMemory<byte> utf8Json) =>
        ParseOwned(MemoryMarshal.TryGetArray(utf8Json, out var segment) ? segment : utf8Json.ToArray());

    /// <summary>Parses a resource from a JSON string.</summary>
    public ParseResult Parse(string json) => ParseOwned(System.Text.Encoding.UTF8.GetBytes(json));

    /// <summary>Parses a resource from a stream of UTF-8 JSON.</summary>
    public ParseResult Parse(Stream utf8Json)
    {
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return ParseOwned(new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>Parses input that nobody else will change, so primitives can keep slices of it.</summary>
    private ParseResult ParseOwned(ArraySegment<byte> input)
    {
        // A UTF-8 byte order mark is allowed before the JSON text (RFC 8259 lets parsers ignore it).
        if (input.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            input = input[3..];
        }

        var utf8Json = input.AsSpan();
        var ctx = new JsonParseContext(_model, _options, input);
        if (!Utf8.IsValid(utf8Json))
        {
            ctx.Fatal(ParseIssueCodes.JsonMalformed, IssueType.Structure, "The JSON text is not valid UTF-8.", FirstInvalidByte(utf8Json));
            return ctx.Complete();
        }

        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions
        {
            MaxDepth = _options.MaxDepth + ReaderDepthHeadroom,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });
        try
        {
            JsonResourceReader.ReadRoot(ref reader, ctx);
        }
        catch (JsonParseAbortedException)
        {
            // The fatal issue is already recorded.
        }
        catch (JsonException ex)
        {
            var tooDeep = reader.CurrentDepth >= _options.MaxDepth;
            var (code, type, message) = tooDeep
                ? (ParseIssueCodes.JsonTooDeep, IssueType.TooCostly, $"Nesting is deeper than {_options.MaxDepth} levels.")
                : (ParseIssueCodes.JsonMalformed, IssueType.Structure, "The JSON is not well-formed.");
            ctx.Fatal(code, type, message, (ex.LineNumber ?? 0) + 1, (ex.BytePositionInLine ?? 0) + 1);
        }

        return ctx.Complete();
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> utf8)
    {
        var offset = 0;
        while (Rune.DecodeFromUtf8(utf8[offset..], out _, out var length) == OperationStatus.Done)
        {
            offset += length;
        }

        return offset;
    }
}
