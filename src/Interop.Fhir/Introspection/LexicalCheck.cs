using System.Buffers;
using System.Buffers.Text;
using System.Numerics;
using System.Text;
using System.Text.RegularExpressions;

namespace Interop.Fhir.Introspection;

/// <summary>
/// Checks a primitive's lexical form against its definition's pattern, as text or as the UTF-8 a JSON parser read. The
/// patterns that match most values (string, uri, code, id, boolean, the integers) get an equivalent hand-written check,
/// ten times faster than a regex on a parser's hot path and run on either form without decoding; every other pattern
/// runs as a non-backtracking regex, whose time stays linear whatever the input.
/// </summary>
internal static class LexicalCheck
{
    private const int StackDecodeLimit = 256;

    private static readonly SearchValues<char> XsdWhitespace = SearchValues.Create(" \t\n\r");
    private static readonly SearchValues<byte> XsdWhitespaceUtf8 = SearchValues.Create(" \t\n\r"u8);
    private static readonly SearchValues<char> IdCharacters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-.");
    private static readonly SearchValues<byte> IdCharactersUtf8 = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-."u8);

    public delegate bool Check<T>(ReadOnlySpan<T> text);

    /// <summary>
    /// The check on text and the same check on UTF-8. A class, not a tuple, so that a type can publish its pair with one
    /// reference write: another thread never sees half of it.
    /// </summary>
    public sealed record Pair(Check<char> Text, Check<byte> Utf8);

    /// <summary>The check on text, and the same check on UTF-8 bytes.</summary>
    public static Pair Create(string typeName, string? pattern)
    {
        if (typeName == "base64Binary")
        {
            // The definition's regex is costly on megabytes of data; the framework's check is linear and exact.
            return new(static text => Base64.IsValid(text), static utf8 => Base64.IsValid(utf8));
        }

        if (pattern is null)
        {
            return new(static _ => true, static _ => true);
        }

        var dotNet = XsdPattern.ToDotNet(pattern);
        switch (dotNet)
        {
            case @"[\s\S]+":
                return new(static text => !text.IsEmpty, static utf8 => !utf8.IsEmpty);
            case @"[^ \t\n\r]*":
                return new(static text => !text.ContainsAny(XsdWhitespace), static utf8 => !utf8.ContainsAny(XsdWhitespaceUtf8));
            case @"[^ \t\n\r]+([ \t\n\r][^ \t\n\r]+)*" or @"[^ \t\n\r]+([ \t\n\r]?[^ \t\n\r]+)*":
                return new(static text => IsCode(text, XsdWhitespace), static utf8 => IsCode(utf8, XsdWhitespaceUtf8));
            case "true|false":
                return new(static text => text is "true" or "false", static utf8 => utf8.SequenceEqual("true"u8) || utf8.SequenceEqual("false"u8));
            case "-?([0]|([1-9][0-9]*))":
                return new(static text => IsWholeNumber(text, signed: true, zero: true), static utf8 => IsWholeNumber(utf8, signed: true, zero: true));
            case "[0]|([1-9][0-9]*)":
                return new(static text => IsWholeNumber(text, signed: false, zero: true), static utf8 => IsWholeNumber(utf8, signed: false, zero: true));
            case "[1-9][0-9]*":
                return new(static text => IsWholeNumber(text, signed: false, zero: false), static utf8 => IsWholeNumber(utf8, signed: false, zero: false));
            case @"[A-Za-z0-9\-\.]{1,64}":
                // Every allowed character is one byte in UTF-8, so counting bytes counts characters.
                return new(static text => IsId(text, IdCharacters), static utf8 => IsId(utf8, IdCharactersUtf8));
            default:
                var regex = new Regex($"^(?:{dotNet})$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
                return new(regex.IsMatch, utf8 => IsMatchUtf8(regex, utf8));
        }
    }

    /// <summary>Non-empty, no leading or trailing whitespace, and never two whitespace characters in a row.</summary>
    private static bool IsCode<T>(ReadOnlySpan<T> text, SearchValues<T> whitespace)
        where T : IEquatable<T>
    {
        if (text.IsEmpty || whitespace.Contains(text[0]) || whitespace.Contains(text[^1]))
        {
            return false;
        }

        for (var i = text.IndexOfAny(whitespace); i >= 0; i = text.IndexOfAny(whitespace))
        {
            if (whitespace.Contains(text[i + 1]))
            {
                return false;
            }

            text = text[(i + 1)..];
        }

        return true;
    }

    /// <summary>Digits without a leading zero, or a lone zero when <paramref name="zero"/>; after a '-' when <paramref name="signed"/>.</summary>
    private static bool IsWholeNumber<T>(ReadOnlySpan<T> text, bool signed, bool zero)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (signed && !text.IsEmpty && text[0] == T.CreateTruncating('-'))
        {
            text = text[1..];
        }

        if (text.IsEmpty || text[0] == T.CreateTruncating('0'))
        {
            return zero && text.Length == 1;
        }

        return !text.ContainsAnyExceptInRange(T.CreateTruncating('0'), T.CreateTruncating('9'));
    }

    private static bool IsId<T>(ReadOnlySpan<T> text, SearchValues<T> idCharacters)
        where T : IEquatable<T> =>
        text.Length is > 0 and <= 64 && !text.ContainsAnyExcept(idCharacters);

    private static bool IsMatchUtf8(Regex regex, ReadOnlySpan<byte> utf8)
    {
        // UTF-8 never decodes to more characters than it has bytes; a buffer no longer than that is less to clear.
        var buffer = utf8.Length <= StackDecodeLimit ? stackalloc char[utf8.Length] : new char[utf8.Length];
        return regex.IsMatch(buffer[..Encoding.UTF8.GetChars(utf8, buffer)]);
    }
}
