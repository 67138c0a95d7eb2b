namespace Interop.Cli.Load;

/// <summary>
/// Finds MessageHeader.id and Bundle.identifier.value in a FHIR XML message by scanning its text, so a copy can be made
/// by splicing new values in with every other byte left as it was. FHIR XML writes <c>id</c> first in a resource and a
/// Bundle's <c>identifier</c> before its entries, which is what the scan relies on.
/// </summary>
internal static class XmlFixtureIds
{
    private static readonly byte[] MessageHeader = "<MessageHeader"u8.ToArray();
    private static readonly byte[] MessageHeaderEnd = "</MessageHeader"u8.ToArray();
    private static readonly byte[] Id = "<id "u8.ToArray();
    private static readonly byte[] Identifier = "<identifier"u8.ToArray();
    private static readonly byte[] Entry = "<entry"u8.ToArray();
    private static readonly byte[] Value = "<value "u8.ToArray();
    private static readonly byte[] ValueAttribute = "value="u8.ToArray();

    /// <summary>True when both values were found in <paramref name="xml"/>; otherwise <paramref name="error"/> says which is missing.</summary>
    public static bool TryFind(ReadOnlySpan<byte> xml, out FixtureIds ids, out string? error)
    {
        ids = default;
        var header = IndexOf(xml, MessageHeader, 0);
        var headerId = header < 0 ? null : AttributeValue(xml, IndexOf(xml, Id, header));
        if (headerId is not { } headerIdSpan || headerIdSpan.Offset > IndexOf(xml, MessageHeaderEnd, header))
        {
            error = "no MessageHeader.id found";
            return false;
        }

        var firstEntry = IndexOf(xml, Entry, 0);
        var identifier = IndexOf(xml, Identifier, 0);
        var bundleIdentifier = AttributeValue(xml, IndexOf(xml, Value, identifier));
        if (bundleIdentifier is not { } bundleIdentifierSpan || (firstEntry >= 0 && bundleIdentifierSpan.Offset > firstEntry))
        {
            error = "no Bundle.identifier.value found before the first entry";
            return false;
        }

        ids = new FixtureIds(headerIdSpan, bundleIdentifierSpan);
        error = null;
        return true;
    }

    /// <summary>The quoted <c>value="…"</c> of the element starting at <paramref name="element"/>.</summary>
    private static ByteSpan? AttributeValue(ReadOnlySpan<byte> xml, int element)
    {
        if (element < 0)
        {
            return null;
        }

        var end = xml[element..].IndexOf((byte)'>');
        var tag = end < 0 ? [] : xml.Slice(element, end);
        var attribute = tag.IndexOf(ValueAttribute);
        if (attribute < 0 || attribute + ValueAttribute.Length >= tag.Length)
        {
            return null;
        }

        var quote = tag[attribute + ValueAttribute.Length];
        var start = attribute + ValueAttribute.Length + 1;
        var length = quote is (byte)'"' or (byte)'\'' ? tag[start..].IndexOf(quote) : -1;
        return length <= 0 ? null : new ByteSpan(element + start, length);
    }

    private static int IndexOf(ReadOnlySpan<byte> xml, byte[] text, int from)
    {
        if (from < 0)
        {
            return -1;
        }

        var found = xml[from..].IndexOf(text);
        return found < 0 ? -1 : from + found;
    }
}
