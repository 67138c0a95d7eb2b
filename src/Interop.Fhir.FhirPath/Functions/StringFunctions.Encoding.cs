using System.Buffers;
using System.Net;
using System.Text;
using System.Text.Unicode;
using Interop.Fhir.FhirPath.Evaluation;

namespace Interop.Fhir.FhirPath.Functions;

/// <summary>encode(), decode(), escape() and unescape() (FHIRPath 2.1): text as bytes (UTF-8) and text inside HTML or JSON.</summary>
internal static partial class StringFunctions
{
    private static readonly SearchValues<char> HtmlSpecial = SearchValues.Create("&<>\"'");

    private static IReadOnlyList<object> Encode(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments)
    {
        if (Argument.String(focus, "encode()") is not { } text || Argument.String(arguments[0], "encode()") is not { } format)
        {
            return Collection.Empty;
        }

        return Collection.Of(format switch
        {
            "hex" => Convert.ToHexStringLower(Encoding.UTF8.GetBytes(text)),
            "base64" => Convert.ToBase64String(Encoding.UTF8.GetBytes(text)),
            "urlbase64" => Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).Replace('+', '-').Replace('/', '_'),
            "ascii" => ToAscii(text),
            _ => throw Argument.Invalid("encode()", $"unknown format '{format}'."),
        });
    }

    // Lossy by definition: every character above 127 becomes one '?', a surrogate pair included.
    private static string ToAscii(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            var width = CodePoints.Width(text, i);
            result.Append(text[i] < 128 ? text[i] : '?');
            i += width;
        }

        return result.ToString();
    }

    private static IReadOnlyList<object> Decode(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments)
    {
        if (Argument.String(focus, "decode()") is not { } text || Argument.String(arguments[0], "decode()") is not { } format)
        {
            return Collection.Empty;
        }

        var bytes = format switch
        {
            "hex" => FromHex(text),
            "base64" => FromBase64(text),
            "urlbase64" => FromBase64(UrlToStandardBase64(text)),
            _ => throw Argument.Invalid("decode()", $"unknown format '{format}'."),
        };

        // Content that is not well-formed UTF-8 decodes to nothing rather than to replacement characters.
        return bytes is not null && Utf8.IsValid(bytes) ? Collection.Of(Encoding.UTF8.GetString(bytes)) : Collection.Empty;
    }

    private static byte[]? FromHex(string text)
    {
        var bytes = new byte[text.Length / 2];
        return text.Length % 2 == 0 && Convert.FromHexString(text, bytes, out _, out _) == OperationStatus.Done ? bytes : null;
    }

    private static byte[]? FromBase64(string text)
    {
        var bytes = new byte[(text.Length * 3 / 4) + 3];
        return Convert.TryFromBase64String(text, bytes, out var written) ? bytes[..written] : null;
    }

    // URL-safe base64 uses '-' and '_' for '+' and '/'; its padding may have been left off.
    private static string UrlToStandardBase64(string text)
    {
        var standard = text.Replace('-', '+').Replace('_', '/');
        return standard.Length % 4 == 0 ? standard : standard.PadRight(standard.Length + 4 - (standard.Length % 4), '=');
    }

    private static IReadOnlyList<object> Escape(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments)
    {
        if (Argument.String(focus, "escape()") is not { } text || Argument.String(arguments[0], "escape()") is not { } target)
        {
            return Collection.Empty;
        }

        return Text(focus, target switch
        {
            "html" => text.AsSpan().ContainsAny(HtmlSpecial) ? EscapeHtml(text) : text,
            "json" => JsonText.Escape(text),
            _ => throw Argument.Invalid("escape()", $"unknown target '{target}'."),
        });
    }

    private static IReadOnlyList<object> Unescape(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments)
    {
        if (Argument.String(focus, "unescape()") is not { } text || Argument.String(arguments[0], "unescape()") is not { } target)
        {
            return Collection.Empty;
        }

        return Text(focus, target switch
        {
            "html" => WebUtility.HtmlDecode(text),
            "json" => JsonText.Unescape(text),
            _ => throw Argument.Invalid("unescape()", $"unknown target '{target}'."),
        });
    }

    // The characters HTML gives meaning to; others stay as they are, the output being Unicode text.
    private static string EscapeHtml(string text)
    {
        var result = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => result.Append("&amp;"),
                '<' => result.Append("&lt;"),
                '>' => result.Append("&gt;"),
                '"' => result.Append("&quot;"),
                '\'' => result.Append("&#39;"),
                _ => result.Append(c),
            };
        }

        return result.ToString();
    }
}
