using System.Buffers;
using System.Collections;
using System.Text.Json;
using Interop.Fhir.Introspection;

namespace Interop.Fhir.Serialization.Json;

/// <summary>Writes model instances as FHIR JSON, properties in definition order.</summary>
internal static class JsonResourceWriter
{
    public static void WriteResource(Utf8JsonWriter writer, Base resource)
    {
        writer.WriteStartObject();
        writer.WriteString("resourceType"u8, resource.ClassMapping.Name);
        WriteProperties(writer, resource);
        writer.WriteEndObject();
    }

    private static void WriteProperties(Utf8JsonWriter writer, Base element)
    {
        foreach (var property in element.ClassMapping.PropertyArray)
        {
            switch (property.Get(element))
            {
                case null:
                case IList { Count: 0 }:
                    break;
                case string text:
                    writer.WriteString(property.Name, text);
                    break;
                case IList list:
                    WriteList(writer, property, list);
                    break;
                case Base value:
                    WriteSingle(writer, property, value);
                    break;
            }
        }
    }

    private static void WriteSingle(Utf8JsonWriter writer, PropertyMapping property, Base value)
    {
        var type = value.ClassMapping;
        var name = property.WireName(type);
        if (type.Kind == ClassKind.Primitive)
        {
            if (((IPrimitive)value).HasValue)
            {
                writer.WritePropertyName(name);
                WritePrimitiveValue(writer, type, (IPrimitive)value);
            }

            if (ElementContent.HasChildren(value))
            {
                WriteExtrasName(writer, name);
                WriteObject(writer, value);
            }

            return;
        }

        writer.WritePropertyName(name);
        if (type.Kind == ClassKind.Resource)
        {
            WriteResource(writer, value);
        }
        else
        {
            WriteObject(writer, value);
        }
    }

    private static void WriteList(Utf8JsonWriter writer, PropertyMapping property, IList list)
    {
        if (property.Types[0].Kind == ClassKind.Primitive)
        {
            WritePrimitiveList(writer, property, list);
            return;
        }

        writer.WriteStartArray(property.Name);
        foreach (Base item in list)
        {
            if (property.IsResourceContainer)
            {
                WriteResource(writer, item);
            }
            else
            {
                WriteObject(writer, item);
            }
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes <c>"name": [values]</c> and <c>"_name": [ids and extensions]</c>, each padded with nulls, each only when needed.</summary>
    private static void WritePrimitiveList(Utf8JsonWriter writer, PropertyMapping property, IList list)
    {
        var anyValue = false;
        var anyChildren = false;
        foreach (Base item in list)
        {
            anyValue |= ((IPrimitive)item).HasValue;
            anyChildren |= ElementContent.HasChildren(item);
        }

        if (anyValue)
        {
            writer.WriteStartArray(property.Name);
            foreach (Base item in list)
            {
                if (((IPrimitive)item).HasValue)
                {
                    WritePrimitiveValue(writer, item.ClassMapping, (IPrimitive)item);
                }
                else
                {
                    writer.WriteNullValue();
                }
            }

            writer.WriteEndArray();
        }

        if (anyChildren)
        {
            WriteExtrasName(writer, property.Name);
            writer.WriteStartArray();
            foreach (Base item in list)
            {
                if (ElementContent.HasChildren(item))
                {
                    WriteObject(writer, item);
                }
                else
                {
                    writer.WriteNullValue();
                }
            }

            writer.WriteEndArray();
        }
    }

    /// <summary>Writes <c>"_name":</c>, the property that carries a primitive's id and extensions.</summary>
    private static void WriteExtrasName(Utf8JsonWriter writer, string name)
    {
        Span<char> extrasName = stackalloc char[name.Length + 1];
        extrasName[0] = '_';
        name.CopyTo(extrasName[1..]);
        writer.WritePropertyName(extrasName);
    }

    private static void WriteObject(Utf8JsonWriter writer, Base value)
    {
        writer.WriteStartObject();
        WriteProperties(writer, value);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a primitive's lexical form as its JSON type, from the bytes it was read as when it still has them;
    /// text that is not valid for that JSON type is written as a string so nothing is lost.
    /// </summary>
    private static void WritePrimitiveValue(Utf8JsonWriter writer, ClassMapping type, IPrimitive primitive)
    {
        ref readonly var lexical = ref primitive.Lexical;

        // A string read with escapes is unescaped and escaped again by the writer, as its decoded text would be, so the
        // output is the same whether or not anyone has read the value since.
        if (lexical.EscapedLength is > 0 and var escapedLength)
        {
            var buffer = ArrayPool<byte>.Shared.Rent(escapedLength);
            try
            {
                if (lexical.TryUnescape(buffer, out var written))
                {
                    WriteUtf8Value(writer, type, buffer.AsSpan(0, written));
                    return;
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        var utf8 = lexical.Utf8.Span;
        if (!utf8.IsEmpty)
        {
            WriteUtf8Value(writer, type, utf8);
            return;
        }

        var text = primitive.RawValue!;
        switch (type.JsonKind)
        {
            case PrimitiveJsonKind.Boolean when text is "true" or "false":
                writer.WriteBooleanValue(text[0] == 't');
                break;
            case PrimitiveJsonKind.Number when JsonNumber.IsValid(text.AsSpan()):
                writer.WriteRawValue(text, skipInputValidation: true);
                break;
            default:
                writer.WriteStringValue(text);
                break;
        }
    }

    private static void WriteUtf8Value(Utf8JsonWriter writer, ClassMapping type, ReadOnlySpan<byte> utf8)
    {
        switch (type.JsonKind)
        {
            case PrimitiveJsonKind.Boolean when utf8.SequenceEqual("true"u8) || utf8.SequenceEqual("false"u8):
                writer.WriteBooleanValue(utf8[0] == (byte)'t');
                break;
            case PrimitiveJsonKind.Number when JsonNumber.IsValid(utf8):
                writer.WriteRawValue(utf8, skipInputValidation: true);
                break;
            default:
                writer.WriteStringValue(utf8);
                break;
        }
    }
}
