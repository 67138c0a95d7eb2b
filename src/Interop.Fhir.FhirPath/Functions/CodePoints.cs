namespace Interop.Fhir.FhirPath.Functions;

/// <summary>
/// Positions and lengths in characters as FHIRPath counts them (Unicode scalar values: a surrogate pair is one character),
/// over .NET strings that count UTF-16 units. Text without surrogates, nearly all of it, takes the direct path.
/// </summary>
internal static class CodePoints
{
    /// <summary>Whether <paramref name="text"/> has surrogates, so that UTF-16 positions differ from character positions.</summary>
    public static bool HasSurrogates(string text) => text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;

    /// <summary>The number of characters in <paramref name="text"/>.</summary>
    public static int Length(string text) => HasSurrogates(text) ? CountUpTo(text, text.Length) : text.Length;

    /// <summary>The character position of the UTF-16 position <paramref name="index"/> (which must start a character).</summary>
    public static int FromUtf16(string text, int index) => index <= 0 || !HasSurrogates(text) ? index : CountUpTo(text, index);

    /// <summary>
    /// The UTF-16 position <paramref name="count"/> characters after the UTF-16 position <paramref name="index"/>, or the
    /// text's length when it has fewer.
    /// </summary>
    public static int Advance(string text, int index, int count)
    {
        if (!HasSurrogates(text))
        {
            return count >= text.Length - index ? text.Length : index + count;
        }

        for (; count > 0 && index < text.Length; count--)
        {
            index += Width(text, index);
        }

        return index;
    }

    /// <summary>How many UTF-16 units the character at <paramref name="index"/> takes: 2 for a surrogate pair, else 1.</summary>
    public static int Width(string text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;

    private static int CountUpTo(string text, int end)
    {
        var count = 0;
        for (var index = 0; index < end; index += Width(text, index))
        {
            count++;
        }

        return count;
    }
}
