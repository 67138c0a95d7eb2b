using System.Numerics;

namespace Interop.Fhir.Serialization.Json;

/// <summary>Checks number text against the JSON grammar (RFC 8259), so decimals can be written with their exact text.</summary>
internal static class JsonNumber
{
    /// <summary>Whether <paramref name="text"/>, as UTF-16 chars or UTF-8 bytes, is a JSON number.</summary>
    public static bool IsValid<T>(ReadOnlySpan<T> text)
        where T : unmanaged, IBinaryInteger<T>
    {
        var i = 0;
        if (i < text.Length && Is(text[i], '-'))
        {
            i++;
        }

        if (i >= text.Length)
        {
            return false;
        }

        if (Is(text[i], '0'))
        {
            i++;
        }
        else if (!Digits(text, ref i))
        {
            return false;
        }

        if (i < text.Length && Is(text[i], '.'))
        {
            i++;
            if (!Digits(text, ref i))
            {
                return false;
            }
        }

        if (i < text.Length && (Is(text[i], 'e') || Is(text[i], 'E')))
        {
            i++;
            if (i < text.Length && (Is(text[i], '+') || Is(text[i], '-')))
            {
                i++;
            }

            if (!Digits(text, ref i))
            {
                return false;
            }
        }

        return i == text.Length;
    }

    private static bool Is<T>(T c, char expected)
        where T : unmanaged, IBinaryInteger<T> => c == T.CreateTruncating(expected);

    private static bool Digits<T>(ReadOnlySpan<T> text, ref int i)
        where T : unmanaged, IBinaryInteger<T>
    {
        var start = i;
        while (i < text.Length && T.CreateTruncating('0') <= text[i] && text[i] <= T.CreateTruncating('9'))
        {
            i++;
        }

        return i > start;
    }
}
