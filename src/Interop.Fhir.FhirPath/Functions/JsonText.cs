using System.Buffers;
using System.Globalization;
using System.Text;

namespace Interop.Fhir.FhirPath.Functions;

/// <summary>Text as the content of a JSON string: the escapes of RFC 8259, which FHIRPath's string literals share.</summary>
internal static class JsonText
{
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000B\f\r\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    /// <summary>Escapes quotes, backslashes and control characters; everything else, '&lt;' and non-ASCII included, stays.</summary>
    public static string Escape(string text)
    {
        var first = text.AsSpan().IndexOfAny(Special);
        if (first < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 8).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            _ = c switch
            {
                '"' => result.Append("\\\""),
                '\\' => result.Append("\\\\"),
                '\b' => result.Append("\\b"),
                '\f' => result.Append("\\f"),
                '\n' => result.Append("\\n"),
                '\r' => result.Append("\\r"),
                '\t' => result.Append("\\t"),
                < ' ' => result.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => result.Append(c),
            };
        }

        return result.ToString();
    }

    /// <summary>Replaces escape sequences by the characters they stand for; a backslash that starts none stays as it is.</summary>
    public static string Unescape(string text)
    {
        var first = text.IndexOf('\\', StringComparison.Ordinal);
        if (first < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            if (text[i] != '\\' || i + 1 == text.Length)
            {
                result.Append(text[i]);
                continue;
            }

            var escaped = Unescaped(text, i + 1, out var length);
            if (escaped is { } c)
            {
                result.Append(c);
                i += length;
            }
            else
            {
                result.Append('\\');
            }
        }

        return result.ToString();
    }

    // The character an escape stands for (the text after the backslash at `at`), and how many characters follow the backslash.
    private static char? Unescaped(string text, int at, out int length)
    {
        length = 1;
        switch (text[at])
        {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u' when at + 5 <= text.Length
                && ushort.TryParse(text.AsSpan(at + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                length = 5;
                return (char)code;
            default:
                return null;
        }
    }
}
