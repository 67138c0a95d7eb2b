using System.Text.RegularExpressions;
using Interop.Fhir.FhirPath.Evaluation;

namespace Interop.Fhir.FhirPath.Functions;

/// <summary>The string functions that take a regular expression.</summary>
internal static partial class StringFunctions
{
    private static IReadOnlyList<object> Matches(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments) =>
        Match(focus, arguments, "matches()", whole: false);

    private static IReadOnlyList<object> MatchesFull(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments) =>
        Match(focus, arguments, "matchesFull()", whole: true);

    private static IReadOnlyList<object> Match(IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments, string function, bool whole)
    {
        if (Argument.String(focus, function) is not { } text || Argument.String(arguments[0], function) is not { } pattern)
        {
            return Collection.Empty;
        }

        return Collection.Of(RegexCache.Get(pattern, Flags(arguments, 1, function), whole, function).IsMatch(text));
    }

    private static IReadOnlyList<object> ReplaceMatches(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments)
    {
        if (Argument.String(focus, "replaceMatches()") is not { } text
            || Argument.String(arguments[0], "replaceMatches()") is not { } pattern
            || Argument.String(arguments[1], "replaceMatches()") is not { } substitution)
        {
            return Collection.Empty;
        }

        // The suite expects an empty regex to leave the input alone rather than match between every character.
        if (pattern.Length == 0)
        {
            return Text(focus, text);
        }

        var regex = RegexCache.Get(pattern, Flags(arguments, 2, "replaceMatches()"), whole: false, "replaceMatches()");
        return Text(focus, regex.Replace(text, substitution));
    }

    // The optional flags argument: 'i' ignores case, 'm' makes ^ and $ match at line breaks; anything else is an error.
    private static RegexOptions Flags(IReadOnlyList<object>[] arguments, int index, string function)
    {
        var options = RegexOptions.None;
        foreach (var flag in Argument.OptionalString(arguments, index, function) ?? string.Empty)
        {
            options |= flag switch
            {
                'i' => RegexOptions.IgnoreCase,
                'm' => RegexOptions.Multiline,
                _ => throw Argument.Invalid(function, $"unknown regex flag '{flag}'."),
            };
        }

        return options;
    }
}
