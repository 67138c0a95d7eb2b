using System.Collections;
using System.Text;
using System.Text.Json;
using Interop.Fhir.Introspection;
using static Interop.Fhir.Serialization.ParseIssueCodes;

namespace Interop.Fhir.Serialization.Json;

/// <summary>Reads FHIR JSON objects into model instances, reporting every problem to the context.</summary>
internal static partial class JsonResourceReader
{
    private const int NameBufferLength = 64;

    /// <summary>Reads the root resource; the reader must be before the first token.</summary>
    public static void ReadRoot(ref Utf8JsonReader reader, JsonParseContext ctx)
    {
        if (!reader.Read())
        {
            throw ctx.Fatal(JsonMalformed, IssueType.Structure, "The input is empty.", 1, 1);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw ctx.Fatal(JsonRootNotObject, IssueType.Structure, "A FHIR resource must be a JSON object.", reader.TokenStartIndex);
        }

        ReadResource(ref reader, ctx);

        // Anything but whitespace after the root object makes the reader throw here.
        reader.Read();
    }

    /// <summary>Reads a resource object (the reader is on its StartObject), or skips it when its type is unknown.</summary>
    private static Base? ReadResource(ref Utf8JsonReader reader, JsonParseContext ctx)
    {
        var type = FindResourceType(reader, ctx);
        if (type is null)
        {
            reader.Skip();
            return null;
        }

        var resource = type.CreateInstance();
        ctx.MarkStart(resource, reader.TokenStartIndex);
        var isRoot = ctx.Root is null;
        if (isRoot)
        {
            ctx.Root = resource;
            ctx.Path.Push(type.Name);
        }

        ReadProperties(ref reader, ctx, resource, type, isResource: true);
        return resource;
    }

    /// <summary>Finds the resourceType of the object the reader is on, looking ahead on a copy of the reader.</summary>
    private static ClassMapping? FindResourceType(Utf8JsonReader lookahead, JsonParseContext ctx)
    {
        var start = lookahead.TokenStartIndex;
        Span<char> buffer = stackalloc char[NameBufferLength];
        while (lookahead.Read() && lookahead.TokenType == JsonTokenType.PropertyName)
        {
            if (!lookahead.ValueTextEquals("resourceType"u8))
            {
                lookahead.Read();
                lookahead.Skip();
                continue;
            }

            lookahead.Read();
            if (lookahead.TokenType != JsonTokenType.String)
            {
                ctx.Report(JsonWrongType, IssueSeverity.Error, IssueType.Structure, "resourceType must be a string.", lookahead.TokenStartIndex);
                return null;
            }

            var name = Text(in lookahead, buffer);
            if (ctx.Model.FindResource(name) is { } type)
            {
                return type;
            }

            ctx.Report(JsonUnknownResourceType, IssueSeverity.Error, IssueType.NotSupported, $"'{name}' is not a resource type of FHIR {ctx.Model.FhirVersion}.", lookahead.TokenStartIndex);
            return null;
        }

        ctx.Report(JsonMissingResourceType, IssueSeverity.Error, IssueType.Structure, "The resource has no resourceType.", start);
        return null;
    }

    /// <summary>Reads the properties of the object the reader is on into <paramref name="target"/>.</summary>
    private static void ReadProperties(ref Utf8JsonReader reader, JsonParseContext ctx, Base target, ClassMapping mapping, bool isResource)
    {
        CheckDepth(ref reader, ctx);
        var objectStart = reader.TokenStartIndex;
        var properties = mapping.PropertyArray;
        Span<byte> seen = properties.Length <= 256 ? stackalloc byte[properties.Length] : new byte[properties.Length];
        Span<byte> unescaped = stackalloc byte[NameBufferLength];
        var count = 0;
        var primitiveArrays = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            count++;
            var nameOffset = reader.TokenStartIndex;
            var name = NameUtf8(in reader, unescaped);
            if (isResource && name.SequenceEqual("resourceType"u8))
            {
                reader.Read();
                continue;
            }

            var underscore = name.Length > 1 && name[0] == (byte)'_';
            if (!mapping.TryGetProperty(underscore ? name[1..] : name, out var property, out var choiceType)
                || (underscore && !IsPrimitive(property, choiceType)))
            {
                var text = Encoding.UTF8.GetString(name);
                ctx.Path.Push(text);
                ctx.ReportStrict(JsonUnknownElement, IssueType.NotSupported, $"Unknown element '{text}' in {mapping.Name}.", nameOffset);
                ctx.Path.Pop();
                reader.Read();
                reader.Skip();
                continue;
            }

            var bit = (byte)(underscore ? 2 : 1);
            if ((seen[property.Index] & bit) != 0)
            {
                ctx.Path.Push(property.Name);
                var (code, what) = property.IsChoice ? (JsonChoiceConflict, "more than one value") : (JsonDuplicateProperty, "a duplicate property");
                ctx.Report(code, IssueSeverity.Error, IssueType.Structure, $"Element '{property.Name}' has {what}.", nameOffset);
                ctx.Path.Pop();
            }

            seen[property.Index] |= bit;
            reader.Read();
            if (property.IsCollection)
            {
                primitiveArrays |= property.Types[0].Kind == ClassKind.Primitive;
                ReadArray(ref reader, ctx, target, property, choiceType, underscore);
            }
            else
            {
                ctx.Path.Push(property.Name);

                // A primitive's object exists already only when its value or its '_' object came first.
                ReadSingle(ref reader, ctx, target, property, choiceType, underscore, mayExist: seen[property.Index] != bit);
                ctx.Path.Pop();
            }
        }

        if (count == 0)
        {
            ctx.Report(JsonEmptyValue, IssueSeverity.Error, IssueType.Structure, "An object must have at least one property.", objectStart);
        }

        if (primitiveArrays)
        {
            CheckPrimitiveArrays(ctx, target, properties, seen, objectStart);
        }
    }

    /// <summary>Reads a value of a non-repeating element.</summary>
    private static void ReadSingle(ref Utf8JsonReader reader, JsonParseContext ctx, Base target, PropertyMapping property, ClassMapping? choiceType, bool underscore, bool mayExist)
    {
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            ctx.Report(JsonCardinality, IssueSeverity.Error, IssueType.Structure, $"Element '{property.Name}' does not repeat, but is an array.", reader.TokenStartIndex);
            reader.Skip();
            return;
        }

        if (property.IsSystemString)
        {
            if (ReadString(ref reader, ctx, property) is { } text)
            {
                property.Set(target, text);
            }

            return;
        }

        if (property.IsResourceContainer)
        {
            if (ExpectObject(ref reader, ctx, property))
            {
                property.Set(target, ReadResource(ref reader, ctx));
            }

            return;
        }

        var type = choiceType ?? property.Types[0];
        if (type.Kind == ClassKind.Primitive)
        {
            var primitive = mayExist ? property.Get(target) as Base : null;
            if (primitive is null || !ReferenceEquals(primitive.ClassMapping, type))
            {
                primitive = type.CreateInstance();
                property.Set(target, primitive);
            }

            ReadPrimitivePart(ref reader, ctx, primitive, type, underscore);
            return;
        }

        if (ExpectObject(ref reader, ctx, property))
        {
            var child = type.CreateInstance();
            ctx.MarkStart(child, reader.TokenStartIndex);
            property.Set(target, child);
            ReadProperties(ref reader, ctx, child, type, isResource: false);
        }
    }

    /// <summary>Reads the array of a repeating element; primitive arrays and their <c>_name</c> arrays share items by position.</summary>
    private static void ReadArray(ref Utf8JsonReader reader, JsonParseContext ctx, Base target, PropertyMapping property, ClassMapping? choiceType, bool underscore)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            ctx.Path.Push(property.Name);
            ctx.Report(JsonCardinality, IssueSeverity.Error, IssueType.Structure, $"Element '{property.Name}' repeats, so must be an array.", reader.TokenStartIndex);
            ctx.Path.Pop();
            reader.Skip();
            return;
        }

        CheckDepth(ref reader, ctx);
        var arrayStart = reader.TokenStartIndex;
        var type = choiceType ?? property.Types[0];
        var list = property.GetOrCreateList!(target);
        var before = list.Count;
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            ctx.Path.Push(property.Name, index);
            ReadItem(ref reader, ctx, list, index, property, type, underscore);
            ctx.Path.Pop();
            index++;
        }

        ctx.Path.Push(property.Name);
        if (index == 0)
        {
            ctx.Report(JsonEmptyValue, IssueSeverity.Error, IssueType.Structure, $"Array '{property.Name}' is empty.", arrayStart);
        }
        else if (before > 0 && before != index)
        {
            ctx.Report(JsonArrayLengthMismatch, IssueSeverity.Error, IssueType.Structure, $"'{property.Name}' and '_{property.Name}' differ in length.", arrayStart);
        }

        ctx.Path.Pop();
        if (list.Count == 0)
        {
            property.Set(target, null);
        }
    }

    private static void ReadItem(ref Utf8JsonReader reader, JsonParseContext ctx, IList list, int index, PropertyMapping property, ClassMapping type, bool underscore)
    {
        if (type.Kind == ClassKind.Primitive)
        {
            var item = index < list.Count ? (Base)list[index]! : Add(list, type.CreateInstance());

            // A null keeps the place of a value or of its extensions; whether one of the two is there is checked once the object ends.
            if (reader.TokenType != JsonTokenType.Null)
            {
                ReadPrimitivePart(ref reader, ctx, item, type, underscore);
            }

            return;
        }

        if (!ExpectObject(ref reader, ctx, property))
        {
            return;
        }

        if (property.IsResourceContainer)
        {
            if (ReadResource(ref reader, ctx) is { } resource)
            {
                list.Add(resource);
            }

            return;
        }

        var child = Add(list, type.CreateInstance());
        ctx.MarkStart(child, reader.TokenStartIndex);
        ReadProperties(ref reader, ctx, child, type, isResource: false);
    }

    private static Base Add(IList list, Base item)
    {
        list.Add(item);
        return item;
    }

    /// <summary>Reports a null left in a primitive array with nothing in the matching <c>_name</c> position.</summary>
    private static void CheckPrimitiveArrays(JsonParseContext ctx, Base target, PropertyMapping[] properties, Span<byte> seen, long objectStart)
    {
        for (var i = 0; i < properties.Length; i++)
        {
            var property = properties[i];
            if (seen[i] == 0 || !property.IsCollection || property.Get(target) is not IList list || property.Types[0].Kind != ClassKind.Primitive)
            {
                continue;
            }

            for (var j = 0; j < list.Count; j++)
            {
                var item = (Base)list[j]!;
                if (!((IPrimitive)item).HasValue && !ElementContent.HasChildren(item))
                {
                    ctx.Path.Push(property.Name, j);
                    ctx.Report(JsonNullNotAllowed, IssueSeverity.Error, IssueType.Structure, "A null in a primitive array must be matched by an id or extension in the '_' array.", objectStart);
                    ctx.Path.Pop();
                }
            }
        }
    }

    private static bool IsPrimitive(PropertyMapping property, ClassMapping? choiceType) =>
        !property.IsSystemString && (choiceType ?? property.Types[0]).Kind == ClassKind.Primitive;

    private static bool ExpectObject(ref Utf8JsonReader reader, JsonParseContext ctx, PropertyMapping property)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            return true;
        }

        var (code, message) = reader.TokenType == JsonTokenType.Null
            ? (JsonNullNotAllowed, $"Element '{property.Name}' is null.")
            : (JsonWrongType, $"Element '{property.Name}' must be a JSON object.");
        ctx.Report(code, IssueSeverity.Error, IssueType.Structure, message, reader.TokenStartIndex);
        reader.Skip();
        return false;
    }

    private static void CheckDepth(ref Utf8JsonReader reader, JsonParseContext ctx)
    {
        if (reader.CurrentDepth >= ctx.Options.MaxDepth)
        {
            throw ctx.Fatal(JsonTooDeep, IssueType.TooCostly, $"Nesting is deeper than {ctx.Options.MaxDepth} levels.", reader.TokenStartIndex);
        }
    }

    /// <summary>The current property name as UTF-8: the input's own bytes, or unescaped into <paramref name="buffer"/> when it fits.</summary>
    private static ReadOnlySpan<byte> NameUtf8(in Utf8JsonReader reader, Span<byte> buffer)
    {
        if (!reader.ValueIsEscaped)
        {
            return reader.ValueSpan;
        }

        // Unescaping never lengthens a name.
        return reader.ValueSpan.Length <= buffer.Length
            ? buffer[..reader.CopyString(buffer)]
            : Encoding.UTF8.GetBytes(reader.GetString()!);
    }

    /// <summary>The current property name or string as characters, in <paramref name="buffer"/> when it fits.</summary>
    private static ReadOnlySpan<char> Text(in Utf8JsonReader reader, Span<char> buffer)
    {
        var raw = reader.ValueSpan;
        if (!reader.ValueIsEscaped && !reader.HasValueSequence && raw.Length <= buffer.Length)
        {
            return buffer[..Encoding.UTF8.GetChars(raw, buffer)];
        }

        return reader.GetString();
    }
}
