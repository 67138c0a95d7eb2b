using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Xml;

namespace Interop.Cli.Conformance;

/// <summary>
/// Compares two JSON documents as FHIR content: object properties in any order, arrays in order,
/// strings and booleans exactly, numbers by their exact text (<c>1.50</c> is not <c>1.5</c>) and the
/// narrative <c>div</c> as an XML infoset, because an XML round trip may re-serialise its markup.
/// </summary>
internal static class JsonComparer
{
    private const string DivProperty = "div";

    /// <summary>The first difference between two UTF-8 JSON documents, or null when they are equal.</summary>
    public static Difference? Compare(ReadOnlyMemory<byte> expected, ReadOnlyMemory<byte> actual)
    {
        using var expectedDocument = JsonDocument.Parse(Utf8Bom.Strip(expected));
        using var actualDocument = JsonDocument.Parse(Utf8Bom.Strip(actual));
        return Compare(expectedDocument.RootElement, actualDocument.RootElement, isDiv: false)?.Under("$");
    }

    /// <summary>The first difference between two JSON strings, or null when they are equal.</summary>
    public static Difference? Compare(string expected, string actual) =>
        Compare(System.Text.Encoding.UTF8.GetBytes(expected), System.Text.Encoding.UTF8.GetBytes(actual));

    // Paths are built only once a difference is found, on the way back up, so equal documents cost no strings.
    private static Difference? Compare(JsonElement expected, JsonElement actual, bool isDiv)
    {
        if (expected.ValueKind != actual.ValueKind)
        {
            return new Difference("", DifferenceKind.KindDiffers);
        }

        return expected.ValueKind switch
        {
            JsonValueKind.Object => CompareObjects(expected, actual),
            JsonValueKind.Array => CompareArrays(expected, actual),
            JsonValueKind.Number => expected.GetRawText() == actual.GetRawText() ? null : new Difference("", DifferenceKind.ValueDiffers),
            JsonValueKind.String => JsonMarshal.GetRawUtf8Value(expected).SequenceEqual(JsonMarshal.GetRawUtf8Value(actual))
                ? null
                : CompareStrings(expected.GetString()!, actual.GetString()!, isDiv),
            _ => null, // true, false and null: equal kinds are equal values
        };
    }

    private static Difference? CompareObjects(JsonElement expected, JsonElement actual)
    {
        // Serializers mostly keep the input's property order, so pair properties in order and look a
        // name up only once the orders part.
        var actualProperties = actual.EnumerateObject();
        var inOrder = true;
        var expectedCount = 0;
        foreach (var property in expected.EnumerateObject())
        {
            expectedCount++;
            inOrder = inOrder && actualProperties.MoveNext() && actualProperties.Current.NameEquals(JsonMarshal.GetRawUtf8PropertyName(property));
            JsonElement actualValue;
            if (inOrder)
            {
                actualValue = actualProperties.Current.Value;
            }
            else if (!actual.TryGetProperty(property.Name, out actualValue))
            {
                return new Difference("." + property.Name, DifferenceKind.Missing);
            }

            var difference = Compare(property.Value, actualValue, property.NameEquals(DivProperty));
            if (difference is not null)
            {
                return difference.Under("." + property.Name);
            }
        }

        if (actual.GetPropertyCount() == expectedCount)
        {
            return null;
        }

        var extra = actual.EnumerateObject().First(p => !expected.TryGetProperty(p.Name, out _));
        return new Difference("." + extra.Name, DifferenceKind.Unexpected);
    }

    private static Difference? CompareArrays(JsonElement expected, JsonElement actual)
    {
        // Enumerated side by side: indexing an array of objects walks it from the start each time.
        var actualItems = actual.EnumerateArray();
        var index = 0;
        foreach (var item in expected.EnumerateArray())
        {
            if (!actualItems.MoveNext())
            {
                return new Difference(Index(index), DifferenceKind.Missing);
            }

            var difference = Compare(item, actualItems.Current, isDiv: false);
            if (difference is not null)
            {
                return difference.Under(Index(index));
            }

            index++;
        }

        return actualItems.MoveNext() ? new Difference(Index(index), DifferenceKind.Unexpected) : null;
    }

    private static Difference? CompareStrings(string expected, string actual, bool isDiv)
    {
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return null;
        }

        if (!isDiv)
        {
            return new Difference("", DifferenceKind.ValueDiffers);
        }

        try
        {
            return XmlInfosetComparer.CompareMarkup(expected, actual);
        }
        catch (XmlException)
        {
            // Markup that is not well-formed XML can only be compared as text, and the texts differ.
            return new Difference("", DifferenceKind.ValueDiffers);
        }
    }

    private static string Index(int i) => string.Create(CultureInfo.InvariantCulture, $"[{i}]");
}
