using System.Text;
using Interop.Fhir.FhirPath.Evaluation;

namespace Interop.Fhir.FhirPath.Functions;

/// <summary>The string functions that cut strings into pieces and put them together.</summary>
internal static partial class StringFunctions
{
    // The spec's whitespace lexical category, not Unicode's: trim() removes exactly what the grammar skips.
    private static readonly char[] Whitespace = [' ', '\t', '\r', '\n', '\f'];

    private static IReadOnlyList<object> Replace(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments)
    {
        if (Argument.String(focus, "replace()") is not { } text
            || Argument.String(arguments[0], "replace()") is not { } pattern
            || Argument.String(arguments[1], "replace()") is not { } substitution)
        {
            return Collection.Empty;
        }

        return Text(focus, pattern.Length == 0 ? Surround(text, substitution) : text.Replace(pattern, substitution, StringComparison.Ordinal));
    }

    // 'abc'.replace('', 'x') is 'xaxbxcx': the substitution goes between characters, never inside a surrogate pair.
    private static string Surround(string text, string substitution)
    {
        var result = new StringBuilder(text.Length + ((text.Length + 1) * substitution.Length));
        result.Append(substitution);
        for (var i = 0; i < text.Length;)
        {
            var width = CodePoints.Width(text, i);
            result.Append(text, i, width).Append(substitution);
            i += width;
        }

        return result.ToString();
    }

    private static IReadOnlyList<object> ToChars(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments) =>
        Argument.String(focus, "toChars()") is { } text ? Characters(text) : Collection.Empty;

    private static object[] Characters(string text)
    {
        var characters = new object[CodePoints.Length(text)];
        for (int i = 0, index = 0; index < text.Length; i++)
        {
            var width = CodePoints.Width(text, index);
            characters[i] = width == 1 ? text[index].ToString() : text.Substring(index, width);
            index += width;
        }

        return characters;
    }

    private static IReadOnlyList<object> Trim(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments) =>
        Argument.String(focus, "trim()") is { } text ? Text(focus, text.Trim(Whitespace)) : Collection.Empty;

    private static IReadOnlyList<object> Split(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments)
    {
        if (Argument.String(focus, "split()") is not { } text || Argument.String(arguments[0], "split()") is not { } separator)
        {
            return Collection.Empty;
        }

        // The spec leaves an empty separator open; like most languages' split, it gives the characters.
        if (separator.Length == 0)
        {
            return Characters(text);
        }

        var count = 1;
        for (var at = text.IndexOf(separator, StringComparison.Ordinal); at >= 0; at = text.IndexOf(separator, at + separator.Length, StringComparison.Ordinal))
        {
            count++;
        }

        if (count == 1)
        {
            return Text(focus, text);
        }

        var parts = new object[count];
        var start = 0;
        for (var i = 0; i < count - 1; i++)
        {
            var end = text.IndexOf(separator, start, StringComparison.Ordinal);
            parts[i] = text[start..end];
            start = end + separator.Length;
        }

        parts[count - 1] = text[start..];
        return parts;
    }

    private static IReadOnlyList<object> Join(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments)
    {
        if (focus.Count == 0)
        {
            return Collection.Empty;
        }

        // An empty separator collection joins like no separator; a primitive without a value adds nothing.
        var separator = Argument.OptionalString(arguments, 0, "join()") ?? string.Empty;
        var parts = new string[focus.Count];
        var count = 0;
        for (var i = 0; i < focus.Count; i++)
        {
            scope.Step();
            switch (SystemValue.Of(focus[i]))
            {
                case string text:
                    parts[count++] = text;
                    break;
                case { } other:
                    throw Argument.WrongType("join()", "Strings", other);
            }
        }

        return Collection.Of(string.Join(separator, parts, 0, count));
    }
}
