using System.Buffers;
using System.Globalization;
using System.Text;
using Interop.Fhir.Serialization.Xml;

namespace Interop.Fhir.Serialization;

/// <summary>
/// A single pass over narrative XHTML, as UTF-8, that recognises the plain, common shape of a well-formed <c>div</c>
/// ten times faster than an XmlReader. It only ever answers "certainly well-formed" or "not sure": anything outside
/// the shape it knows (CDATA, processing instructions, prefixes, names beyond ASCII, a DOCTYPE, bytes that are not
/// UTF-8) is "not sure" and goes to the XmlReader, so the scanner can make a check faster but never make it accept
/// what XML rejects.
/// </summary>
internal static class XhtmlScanner
{
    private const int MaxDepth = 256;
    private const int MaxAttributes = 16;

    // The characters that stand for themselves in text: printable ASCII and XML's whitespace, less the three that
    // start or end markup. Every other byte (a control character, or the start of a non-ASCII one) needs a look.
    private static readonly SearchValues<byte> PlainText = SearchValues.Create(Plain("<&>"));

    // The same inside an attribute value, where the value's own quote ends it and '>' stands for itself.
    private static readonly SearchValues<byte> PlainInDoubleQuotes = SearchValues.Create(Plain("<&\""));

    private static readonly SearchValues<byte> PlainInSingleQuotes = SearchValues.Create(Plain("<&'"));

    /// <summary>Whether <paramref name="xhtml"/> is certainly one well-formed XHTML <c>div</c>; false means "ask an XML parser".</summary>
    public static bool IsCertainlyWellFormed(ReadOnlySpan<byte> xhtml)
    {
        Span<Range> open = stackalloc Range[MaxDepth];
        Span<Range> attributes = stackalloc Range[MaxAttributes];
        var depth = 0;
        var i = 0;
        var seenRoot = false;
        while (i < xhtml.Length)
        {
            if (xhtml[i] != (byte)'<')
            {
                // Outside the root only whitespace may stand; inside it, text.
                var ok = depth == 0 ? SkipSpace(xhtml, ref i) && (i == xhtml.Length || xhtml[i] == (byte)'<') : ScanText(xhtml, ref i);
                if (!ok)
                {
                    return false;
                }

                continue;
            }

            if (i + 1 >= xhtml.Length)
            {
                return false;
            }

            switch (xhtml[i + 1])
            {
                case (byte)'/':
                    if (depth == 0 || !ScanEndTag(xhtml, ref i, xhtml[open[depth - 1]]))
                    {
                        return false;
                    }

                    depth--;
                    break;
                case (byte)'!':
                    if (!ScanComment(xhtml, ref i))
                    {
                        return false;
                    }

                    break;
                default:
                    if ((depth == 0 && seenRoot) || depth == MaxDepth || !ScanStartTag(xhtml, ref i, isRoot: depth == 0, attributes, out var name, out var selfClosing))
                    {
                        return false;
                    }

                    seenRoot = true;
                    if (!selfClosing)
                    {
                        open[depth++] = name;
                    }

                    break;
            }
        }

        return seenRoot && depth == 0;
    }

    private static bool ScanText(ReadOnlySpan<byte> s, ref int i)
    {
        while (i < s.Length)
        {
            // One vectorised search skips the ordinary text; it stops only at a character that needs a look.
            var stop = s[i..].IndexOfAnyExcept(PlainText);
            if (stop < 0)
            {
                i = s.Length;
                return true;
            }

            i += stop;
            switch (s[i])
            {
                case (byte)'<':
                    return true;
                case (byte)'&':
                    if (!ScanReference(s, ref i))
                    {
                        return false;
                    }

                    break;
                case (byte)'>':
                    // '>' is text, except as the end of "]]>".
                    if (i >= 2 && s[i - 1] == (byte)']' && s[i - 2] == (byte)']')
                    {
                        return false;
                    }

                    i++;
                    break;
                default:
                    if (!SkipOtherCharacter(s, ref i))
                    {
                        return false;
                    }

                    break;
            }
        }

        return true;
    }

    /// <summary>Steps over one character outside <see cref="PlainText"/> that XML allows as it is (a non-ASCII one); false for any other.</summary>
    private static bool SkipOtherCharacter(ReadOnlySpan<byte> s, ref int i)
    {
        if (s[i] < 0x80 || Rune.DecodeFromUtf8(s[i..], out var rune, out var length) != OperationStatus.Done || !IsXmlCodePoint(rune.Value))
        {
            return false;
        }

        i += length;
        return true;
    }

    /// <summary>Whether every character is one XML allows as it is: ASCII runs are checked vectorised, anything else decoded.</summary>
    private static bool AllPlain(ReadOnlySpan<byte> text)
    {
        for (var bad = text.IndexOfAnyExceptInRange((byte)' ', (byte)0x7F); bad >= 0; bad = text.IndexOfAnyExceptInRange((byte)' ', (byte)0x7F))
        {
            var length = 1;
            if (text[bad] < 0x80
                ? !IsXmlSpace(text[bad])
                : Rune.DecodeFromUtf8(text[bad..], out var rune, out length) != OperationStatus.Done || !IsXmlCodePoint(rune.Value))
            {
                return false;
            }

            text = text[(bad + length)..];
        }

        return true;
    }

    /// <summary>A start tag with ASCII names, quoted attribute values and no prefixes (xml:lang and xml:space aside).</summary>
    /// <remarks><paramref name="attributes"/> is room for the names of the tag's attributes, to find a repeated one.</remarks>
    private static bool ScanStartTag(ReadOnlySpan<byte> s, ref int i, bool isRoot, Span<Range> attributes, out Range name, out bool selfClosing)
    {
        selfClosing = false;
        i++;
        name = ScanName(s, ref i, out var prefixed);
        var tag = s[name];
        if (tag.IsEmpty || prefixed || (isRoot && !tag.SequenceEqual("div"u8)))
        {
            return false;
        }

        var count = 0;
        var hasXhtmlNamespace = false;
        while (true)
        {
            var hadSpace = SkipSpace(s, ref i);
            if (i >= s.Length)
            {
                return false;
            }

            if (s[i] == (byte)'>' || (s[i] == (byte)'/' && i + 1 < s.Length && s[i + 1] == (byte)'>'))
            {
                selfClosing = s[i] == (byte)'/';
                i += selfClosing ? 2 : 1;
                return !isRoot || hasXhtmlNamespace;
            }

            var attribute = ScanName(s, ref i, out prefixed);
            var attributeName = s[attribute];
            if (!hadSpace || attributeName.IsEmpty || count == attributes.Length
                || (prefixed && !attributeName.SequenceEqual("xml:lang"u8) && !attributeName.SequenceEqual("xml:space"u8)))
            {
                return false;
            }

            foreach (var earlier in attributes[..count])
            {
                if (s[earlier].SequenceEqual(attributeName))
                {
                    return false;
                }
            }

            attributes[count++] = attribute;
            SkipSpace(s, ref i);
            if (i >= s.Length || s[i] != (byte)'=')
            {
                return false;
            }

            i++;
            SkipSpace(s, ref i);
            if (!ScanAttributeValue(s, ref i, out var value))
            {
                return false;
            }

            if (attributeName.SequenceEqual("xmlns"u8))
            {
                // Only the XHTML namespace itself: any other default namespace is left to the XML parser.
                if (!s[value].SequenceEqual(XmlNamespaces.XhtmlUtf8))
                {
                    return false;
                }

                hasXhtmlNamespace = true;
            }
        }
    }

    private static bool ScanAttributeValue(ReadOnlySpan<byte> s, ref int i, out Range value)
    {
        value = default;
        if (i >= s.Length || s[i] is not ((byte)'"' or (byte)'\''))
        {
            return false;
        }

        var quote = s[i++];
        var plain = quote == (byte)'"' ? PlainInDoubleQuotes : PlainInSingleQuotes;
        var start = i;
        while (true)
        {
            // As in text, one vectorised search skips the ordinary characters (a data: URI can be megabytes long).
            var stop = s[i..].IndexOfAnyExcept(plain);
            if (stop < 0)
            {
                return false;
            }

            i += stop;
            if (s[i] == quote)
            {
                value = start..i;
                i++;
                return true;
            }

            var ok = s[i] switch
            {
                (byte)'&' => ScanReference(s, ref i),
                (byte)'<' => false,
                _ => SkipOtherCharacter(s, ref i),
            };
            if (!ok)
            {
                return false;
            }
        }
    }

    private static bool ScanEndTag(ReadOnlySpan<byte> s, ref int i, ReadOnlySpan<byte> expected)
    {
        i += 2;
        var name = ScanName(s, ref i, out _);
        SkipSpace(s, ref i);
        if (i >= s.Length || s[i] != (byte)'>' || !s[name].SequenceEqual(expected))
        {
            return false;
        }

        i++;
        return true;
    }

    /// <summary>A comment: <c>&lt;!--</c> ... <c>--&gt;</c> with no <c>--</c> inside. Other <c>&lt;!</c> forms are left to the XML parser.</summary>
    private static bool ScanComment(ReadOnlySpan<byte> s, ref int i)
    {
        if (!s[i..].StartsWith("<!--"u8))
        {
            return false;
        }

        var end = s[(i + 4)..].IndexOf("--"u8);
        if (end < 0 || i + 4 + end + 2 >= s.Length || s[i + 4 + end + 2] != (byte)'>' || !AllPlain(s.Slice(i + 4, end)))
        {
            return false;
        }

        i += 4 + end + 3;
        return true;
    }

    /// <summary>One of XML's five predefined entities, or a decimal or hexadecimal character reference to an allowed character.</summary>
    private static bool ScanReference(ReadOnlySpan<byte> s, ref int i)
    {
        var end = s[i..].IndexOf((byte)';');
        if (end < 2)
        {
            return false;
        }

        var body = s.Slice(i + 1, end - 1);
        bool valid;
        if (body[0] == (byte)'#')
        {
            var hex = body.Length > 1 && body[1] == (byte)'x';
            var digits = body[(hex ? 2 : 1)..];
            valid = digits.Length is > 0 and <= 6
                && int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                && IsXmlCodePoint(code);
        }
        else
        {
            valid = body.SequenceEqual("lt"u8) || body.SequenceEqual("gt"u8) || body.SequenceEqual("amp"u8)
                || body.SequenceEqual("apos"u8) || body.SequenceEqual("quot"u8);
        }

        i += end + 1;
        return valid;
    }

    /// <summary>An ASCII name: a letter or underscore, then letters, digits and <c>_-.:</c>; <paramref name="prefixed"/> when it has a colon.</summary>
    private static Range ScanName(ReadOnlySpan<byte> s, ref int i, out bool prefixed)
    {
        var start = i;
        prefixed = false;
        if (i < s.Length && (char.IsAsciiLetter((char)s[i]) || s[i] == (byte)'_'))
        {
            // Names are short: a loop beats a vectorised search here.
            i++;
            while (i < s.Length && IsNameChar(s[i]))
            {
                prefixed |= s[i] == (byte)':';
                i++;
            }
        }

        return start..i;
    }

    private static bool SkipSpace(ReadOnlySpan<byte> s, ref int i)
    {
        var start = i;
        while (i < s.Length && IsXmlSpace(s[i]))
        {
            i++;
        }

        return i > start;
    }

    private static byte[] Plain(string except) =>
        [.. Enumerable.Range(0x20, 0x60).Select(b => (byte)b).Concat("\t\n\r"u8.ToArray()).Where(b => except.IndexOf((char)b) < 0)];

    private static bool IsNameChar(byte b) => char.IsAsciiLetterOrDigit((char)b) || b is (byte)'_' or (byte)'-' or (byte)'.' or (byte)':';

    private static bool IsXmlSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r';

    private static bool IsXmlCodePoint(int code) =>
        code is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);
}
