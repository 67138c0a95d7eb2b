using Interop.Fhir.Serialization.Xml;

namespace Interop.Fhir.Serialization;

/// <summary>
/// A single pass over narrative XHTML that recognises the plain, common shape of a well-formed <c>div</c> ten times
/// faster than an XmlReader. It only ever answers "certainly well-formed" or "not sure": anything outside the
/// shape it knows (CDATA, processing instructions, prefixes, names beyond ASCII, a DOCTYPE) is "not sure" and goes
/// to the XmlReader, so the scanner can make a check faster but never make it accept what XML rejects.
/// </summary>
internal static class XhtmlScanner
{
    private const int MaxDepth = 256;

    private static readonly System.Buffers.SearchValues<char> TextStops = System.Buffers.SearchValues.Create("<&>");

    /// <summary>Whether <paramref name="xhtml"/> is certainly one well-formed XHTML <c>div</c>; false means "ask an XML parser".</summary>
    public static bool IsCertainlyWellFormed(ReadOnlySpan<char> xhtml)
    {
        Span<Range> open = stackalloc Range[MaxDepth];
        var depth = 0;
        var i = 0;
        var seenRoot = false;
        while (i < xhtml.Length)
        {
            var c = xhtml[i];
            if (c != '<')
            {
                // Outside the root only whitespace may stand; inside it, text.
                var ok = depth == 0 ? SkipSpace(xhtml, ref i) && (i == xhtml.Length || xhtml[i] == '<') : ScanText(xhtml, ref i);
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
                case '/':
                    if (depth == 0 || !ScanEndTag(xhtml, ref i, xhtml[open[depth - 1]]))
                    {
                        return false;
                    }

                    depth--;
                    break;
                case '!':
                    if (!ScanComment(xhtml, ref i))
                    {
                        return false;
                    }

                    break;
                default:
                    if ((depth == 0 && seenRoot) || depth == MaxDepth || !ScanStartTag(xhtml, ref i, isRoot: depth == 0, out var name, out var selfClosing))
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

    private static bool ScanText(ReadOnlySpan<char> s, ref int i)
    {
        while (i < s.Length)
        {
            // Runs of ordinary text are checked vectorised; only the characters that need a look stop the search.
            var rest = s[i..];
            var stop = rest.IndexOfAny(TextStops);
            if (!AllPlain(stop < 0 ? rest : rest[..stop]))
            {
                return false;
            }

            if (stop < 0)
            {
                i = s.Length;
                return true;
            }

            i += stop;
            switch (s[i])
            {
                case '<':
                    return true;
                case '&':
                    if (!ScanReference(s, ref i))
                    {
                        return false;
                    }

                    break;
                default:
                    // '>' is text, except as the end of "]]>".
                    if (i >= 2 && s[i - 1] == ']' && s[i - 2] == ']')
                    {
                        return false;
                    }

                    i++;
                    break;
            }
        }

        return true;
    }

    private static bool AllPlain(ReadOnlySpan<char> text)
    {
        for (var bad = text.IndexOfAnyExceptInRange(' ', '\uD7FF'); bad >= 0; bad = text.IndexOfAnyExceptInRange(' ', '\uD7FF'))
        {
            if (!IsPlainChar(text[bad]))
            {
                return false;
            }

            text = text[(bad + 1)..];
        }

        return true;
    }

    /// <summary>A start tag with ASCII names, quoted attribute values and no prefixes (xml:lang and xml:space aside).</summary>
    private static bool ScanStartTag(ReadOnlySpan<char> s, ref int i, bool isRoot, out Range name, out bool selfClosing)
    {
        selfClosing = false;
        i++;
        name = ScanName(s, ref i);
        var tag = s[name];
        if (tag.IsEmpty || tag.Contains(':') || (isRoot && !tag.SequenceEqual("div")))
        {
            return false;
        }

        Span<Range> attributes = stackalloc Range[16];
        var count = 0;
        var hasXhtmlNamespace = false;
        while (true)
        {
            var hadSpace = SkipSpace(s, ref i);
            if (i >= s.Length)
            {
                return false;
            }

            if (s[i] == '>' || (s[i] == '/' && i + 1 < s.Length && s[i + 1] == '>'))
            {
                selfClosing = s[i] == '/';
                i += selfClosing ? 2 : 1;
                return !isRoot || hasXhtmlNamespace;
            }

            var attribute = ScanName(s, ref i);
            var attributeName = s[attribute];
            if (!hadSpace || attributeName.IsEmpty || count == attributes.Length
                || (attributeName.Contains(':') && !attributeName.SequenceEqual("xml:lang") && !attributeName.SequenceEqual("xml:space")))
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
            if (i >= s.Length || s[i] != '=')
            {
                return false;
            }

            i++;
            SkipSpace(s, ref i);
            if (!ScanAttributeValue(s, ref i, out var value))
            {
                return false;
            }

            if (attributeName.SequenceEqual("xmlns"))
            {
                // Only the XHTML namespace itself: any other default namespace is left to the XML parser.
                if (!s[value].SequenceEqual(XmlNamespaces.Xhtml))
                {
                    return false;
                }

                hasXhtmlNamespace = true;
            }
        }
    }

    private static bool ScanAttributeValue(ReadOnlySpan<char> s, ref int i, out Range value)
    {
        value = default;
        if (i >= s.Length || s[i] is not ('"' or '\''))
        {
            return false;
        }

        var quote = s[i++];
        var start = i;
        while (true)
        {
            // As in text, runs of ordinary characters are checked vectorised (a data: URI can be megabytes long).
            var rest = s[i..];
            var stop = rest.IndexOfAny(quote, '<', '&');
            if (stop < 0 || !AllPlain(rest[..stop]))
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

            if (s[i] == '<' || !ScanReference(s, ref i))
            {
                return false;
            }
        }
    }

    private static bool ScanEndTag(ReadOnlySpan<char> s, ref int i, ReadOnlySpan<char> expected)
    {
        i += 2;
        var name = ScanName(s, ref i);
        SkipSpace(s, ref i);
        if (i >= s.Length || s[i] != '>' || !s[name].SequenceEqual(expected))
        {
            return false;
        }

        i++;
        return true;
    }

    /// <summary>A comment: <c>&lt;!--</c> ... <c>--&gt;</c> with no <c>--</c> inside. Other <c>&lt;!</c> forms are left to the XML parser.</summary>
    private static bool ScanComment(ReadOnlySpan<char> s, ref int i)
    {
        if (!s[i..].StartsWith("<!--"))
        {
            return false;
        }

        var end = s[(i + 4)..].IndexOf("--");
        if (end < 0 || i + 4 + end + 2 >= s.Length || s[i + 4 + end + 2] != '>')
        {
            return false;
        }

        foreach (var c in s.Slice(i + 4, end))
        {
            if (!IsPlainChar(c))
            {
                return false;
            }
        }

        i += 4 + end + 3;
        return true;
    }

    /// <summary>One of XML's five predefined entities, or a decimal or hexadecimal character reference to an allowed character.</summary>
    private static bool ScanReference(ReadOnlySpan<char> s, ref int i)
    {
        var end = s[i..].IndexOf(';');
        if (end < 2)
        {
            return false;
        }

        var body = s.Slice(i + 1, end - 1);
        bool valid;
        if (body[0] == '#')
        {
            var hex = body.Length > 1 && body[1] == 'x';
            var digits = body[(hex ? 2 : 1)..];
            valid = digits.Length is > 0 and <= 6
                && int.TryParse(digits, hex ? System.Globalization.NumberStyles.AllowHexSpecifier : System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code)
                && IsXmlCodePoint(code);
        }
        else
        {
            valid = body is "lt" or "gt" or "amp" or "apos" or "quot";
        }

        i += end + 1;
        return valid;
    }

    private static Range ScanName(ReadOnlySpan<char> s, ref int i)
    {
        var start = i;
        if (i < s.Length && (char.IsAsciiLetter(s[i]) || s[i] == '_'))
        {
            i++;
            while (i < s.Length && (char.IsAsciiLetterOrDigit(s[i]) || s[i] is '_' or '-' or '.' or ':'))
            {
                i++;
            }
        }

        return start..i;
    }

    private static bool SkipSpace(ReadOnlySpan<char> s, ref int i)
    {
        var start = i;
        while (i < s.Length && IsXmlSpace(s[i]))
        {
            i++;
        }

        return i > start;
    }

    private static bool IsXmlSpace(char c) => c is ' ' or '\t' or '\n' or '\r';

    // Characters XML allows as they are; surrogates are left to the XML parser, which checks their pairing.
    private static bool IsPlainChar(char c) => c >= 0x20 ? c < 0xD800 || (c >= 0xE000 && c <= 0xFFFD) : IsXmlSpace(c);

    private static bool IsXmlCodePoint(int code) =>
        code is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);
}
