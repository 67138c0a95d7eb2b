using System.Text.Json;
using Interop.Fhir.Introspection;
using static Interop.Fhir.Serialization.ParseIssueCodes;

namespace Interop.Fhir.Serialization.Json;

/// <summary>Reading primitive values and their <c>_name</c> objects.</summary>
internal static partial class JsonResourceReader
{
    /// <summary>Reads either the value (<c>"name": value</c>) or the id and extensions (<c>"_name": {...}</c>) of a primitive.</summary>
    private static void ReadPrimitivePart(ref Utf8JsonReader reader, JsonParseContext ctx, Base primitive, ClassMapping type, bool underscore)
    {
        if (underscore)
        {
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                ctx.MarkExtensionsStart(primitive, reader.TokenStartIndex);
                ReadProperties(ref reader, ctx, primitive, type, isResource: false);
                return;
            }

            var (code, message) = reader.TokenType == JsonTokenType.Null
                ? (JsonNullNotAllowed, "A '_' element is null.")
                : (JsonWrongType, "A '_' element must be a JSON object.");
            ctx.Report(code, IssueSeverity.Error, IssueType.Structure, message, reader.TokenStartIndex);
            reader.Skip();
            return;
        }

        ctx.MarkStart(primitive, reader.TokenStartIndex);
        if (!TryReadLexical(ref reader, ctx, type, ref ((IPrimitive)primitive).Lexical, out var utf8))
        {
            return;
        }

        if (!type.IsValidValue(utf8))
        {
            ctx.Report(JsonInvalidPrimitive, IssueSeverity.Error, IssueType.Value, $"The value is not a valid {type.Name}.", reader.TokenStartIndex);
        }
        else if (type.Name == "xhtml" && !XhtmlChecker.IsValidDiv(utf8))
        {
            ctx.Report(JsonInvalidXhtml, IssueSeverity.Error, IssueType.Value, "The narrative must be a well-formed div in the XHTML namespace.", reader.TokenStartIndex);
        }
    }

    /// <summary>
    /// Keeps the lexical form of a primitive token in <paramref name="lexical"/> as a slice of the input (a string with
    /// escapes as it was written), and gives its unescaped UTF-8 to check. A token of the wrong JSON type is reported
    /// and, when it is a scalar, kept.
    /// </summary>
    private static bool TryReadLexical(ref Utf8JsonReader reader, JsonParseContext ctx, ClassMapping type, ref LexicalValue lexical, out ReadOnlySpan<byte> utf8)
    {
        var expected = type.JsonKind;
        PrimitiveJsonKind actual;
        var input = ctx.Input;
        utf8 = default;
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                utf8 = reader.ValueSpan;
                if (utf8.IsEmpty)
                {
                    ctx.Report(JsonEmptyValue, IssueSeverity.Error, IssueType.Value, "A primitive value must not be an empty string.", reader.TokenStartIndex);
                    return false;
                }

                // The value starts after the opening quote.
                var start = input.Offset + (int)reader.TokenStartIndex + 1;
                if (reader.ValueIsEscaped)
                {
                    lexical.SetEscapedJson(input.Array!, start, utf8.Length);
                    utf8 = ctx.Unescape(ref reader);
                }
                else
                {
                    lexical.Set(input.Array, start, utf8.Length);
                }

                actual = PrimitiveJsonKind.String;
                break;
            case JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False:
                utf8 = reader.ValueSpan;
                lexical.Set(input.Array, input.Offset + (int)reader.TokenStartIndex, utf8.Length);
                actual = reader.TokenType == JsonTokenType.Number ? PrimitiveJsonKind.Number : PrimitiveJsonKind.Boolean;
                break;
            case JsonTokenType.Null:
                ctx.Report(JsonNullNotAllowed, IssueSeverity.Error, IssueType.Structure, "A primitive value is null.", reader.TokenStartIndex);
                return false;
            default:
                ctx.Report(JsonWrongType, IssueSeverity.Error, IssueType.Structure, $"A {type.Name} must be a JSON {Describe(expected)}, not an object or array.", reader.TokenStartIndex);
                reader.Skip();
                return false;
        }

        if (actual != expected)
        {
            ctx.Report(JsonWrongType, IssueSeverity.Error, IssueType.Value, $"A {type.Name} must be a JSON {Describe(expected)}.", reader.TokenStartIndex);
        }

        return true;
    }

    /// <summary>Reads a plain string property (Element.id, Extension.url).</summary>
    private static string? ReadString(ref Utf8JsonReader reader, JsonParseContext ctx, PropertyMapping property)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            ctx.Report(JsonWrongType, IssueSeverity.Error, IssueType.Structure, $"Element '{property.Name}' must be a JSON string.", reader.TokenStartIndex);
            reader.Skip();
            return null;
        }

        // Most of these repeat (the same extension URL on every element it extends), so unescaped ones are shared.
        var text = reader.ValueIsEscaped ? reader.GetString()! : RepeatedStrings.Get(reader.ValueSpan);
        if (text.Length == 0)
        {
            ctx.Report(JsonEmptyValue, IssueSeverity.Error, IssueType.Value, $"Element '{property.Name}' must not be an empty string.", reader.TokenStartIndex);
            return null;
        }

        return text;
    }

    private static string Describe(PrimitiveJsonKind kind) => kind switch
    {
        PrimitiveJsonKind.Number => "number",
        PrimitiveJsonKind.Boolean => "boolean",
        _ => "string",
    };
}
