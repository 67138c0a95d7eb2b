using Interop.Fhir.FhirPath.Evaluation;

namespace Interop.Fhir.FhirPath.Functions;

/// <summary>
/// String manipulation (spec section 5.6, with FHIRPath 2.1's additional string functions): the input is a single String,
/// an empty input or argument gives an empty result, and positions count characters (Unicode scalar values).
/// </summary>
internal static partial class StringFunctions
{
    /// <summary>The definitions.</summary>
    public static FunctionDefinition[] Definitions { get; } =
    [
        new("indexOf", 1, 1, IndexOf) { Result = ResultType.Integer, Input = SystemType.String },
        new("lastIndexOf", 1, 1, LastIndexOf) { Result = ResultType.Integer, Input = SystemType.String },
        new("substring", 1, 2, Substring) { Result = ResultType.String, Input = SystemType.String },
        new("startsWith", 1, 1, StartsWith) { Result = ResultType.Boolean, Input = SystemType.String },
        new("endsWith", 1, 1, EndsWith) { Result = ResultType.Boolean, Input = SystemType.String },
        new("contains", 1, 1, Contains) { Result = ResultType.Boolean, Input = SystemType.String },
        new("upper", 0, 0, Upper) { Result = ResultType.String, Input = SystemType.String },
        new("lower", 0, 0, Lower) { Result = ResultType.String, Input = SystemType.String },
        new("replace", 2, 2, Replace) { Result = ResultType.String, Input = SystemType.String },
        new("matches", 1, 2, Matches) { Result = ResultType.Boolean, Input = SystemType.String },
        new("matchesFull", 1, 2, MatchesFull) { Result = ResultType.Boolean, Input = SystemType.String },
        new("replaceMatches", 2, 3, ReplaceMatches) { Result = ResultType.String, Input = SystemType.String },
        new("length", 0, 0, Length) { Result = ResultType.Integer, Input = SystemType.String },
        new("toChars", 0, 0, ToChars) { Result = ResultType.String, Input = SystemType.String },
        new("trim", 0, 0, Trim) { Result = ResultType.String, Input = SystemType.String },
        new("split", 1, 1, Split) { Result = ResultType.String, Input = SystemType.String },
        new("join", 0, 1, Join) { Result = ResultType.String, Input = SystemType.String },
        new("encode", 1, 1, Encode) { Result = ResultType.String, Input = SystemType.String },
        new("decode", 1, 1, Decode) { Result = ResultType.String, Input = SystemType.String },
        new("escape", 1, 1, Escape) { Result = ResultType.String, Input = SystemType.String },
        new("unescape", 1, 1, Unescape) { Result = ResultType.String, Input = SystemType.String },
    ];

    private static IReadOnlyList<object> IndexOf(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments) =>
        Argument.String(focus, "indexOf()") is { } text && Argument.String(arguments[0], "indexOf()") is { } substring
            ? IntegerResult.Of(CodePoints.FromUtf16(text, text.IndexOf(substring, StringComparison.Ordinal)))
            : Collection.Empty;

    private static IReadOnlyList<object> LastIndexOf(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments)
    {
        if (Argument.String(focus, "lastIndexOf()") is not { } text || Argument.String(arguments[0], "lastIndexOf()") is not { } substring)
        {
            return Collection.Empty;
        }

        // The spec puts the last occurrence of '' at the end of the string.
        return IntegerResult.Of(substring.Length == 0
            ? CodePoints.Length(text)
            : CodePoints.FromUtf16(text, text.LastIndexOf(substring, StringComparison.Ordinal)));
    }

    private static IReadOnlyList<object> Substring(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments)
    {
        if (Argument.String(focus, "substring()") is not { } text || Argument.Integer(arguments[0], "substring()") is not { } start)
        {
            return Collection.Empty;
        }

        // An empty length is as if none were given; a start outside the string is empty, a length of zero or less is ''.
        var length = arguments.Length > 1 ? Argument.Integer(arguments[1], "substring()") : null;
        var from = start < 0 ? text.Length : CodePoints.Advance(text, 0, start);
        if (from >= text.Length)
        {
            return Collection.Empty;
        }

        if (length is { } count)
        {
            return Collection.Of(count <= 0 ? string.Empty : text[from..CodePoints.Advance(text, from, count)]);
        }

        return Text(focus, from == 0 ? text : text[from..]);
    }

    private static IReadOnlyList<object> StartsWith(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments) =>
        Argument.String(focus, "startsWith()") is { } text && Argument.String(arguments[0], "startsWith()") is { } prefix
            ? Collection.Of(text.StartsWith(prefix, StringComparison.Ordinal))
            : Collection.Empty;

    private static IReadOnlyList<object> EndsWith(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments) =>
        Argument.String(focus, "endsWith()") is { } text && Argument.String(arguments[0], "endsWith()") is { } suffix
            ? Collection.Of(text.EndsWith(suffix, StringComparison.Ordinal))
            : Collection.Empty;

    private static IReadOnlyList<object> Contains(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments) =>
        Argument.String(focus, "contains()") is { } text && Argument.String(arguments[0], "contains()") is { } substring
            ? Collection.Of(text.Contains(substring, StringComparison.Ordinal))
            : Collection.Empty;

    private static IReadOnlyList<object> Upper(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments) =>
        Argument.String(focus, "upper()") is { } text ? Text(focus, text.ToUpperInvariant()) : Collection.Empty;

    private static IReadOnlyList<object> Lower(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments) =>
        Argument.String(focus, "lower()") is { } text ? Text(focus, text.ToLowerInvariant()) : Collection.Empty;

    private static IReadOnlyList<object> Length(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments) =>
        Argument.String(focus, "length()") is { } text ? IntegerResult.Of(CodePoints.Length(text)) : Collection.Empty;

    // A string result as a collection: the input collection itself when the input was a System string that came back unchanged.
    private static IReadOnlyList<object> Text(IReadOnlyList<object> focus, string result) =>
        ReferenceEquals(focus[0], result) ? focus : Collection.Of(result);
}
