namespace Interop.Fhir.FhirPath.Syntax;

/// <summary>The words the grammar gives a meaning beyond a name.</summary>
internal static class Keywords
{
    /// <summary>Whether a word is a calendar duration unit (<c>4 days</c>, <c>1 year</c>).</summary>
    public static bool IsCalendarUnit(ReadOnlySpan<char> word) => word switch
    {
        "year" or "years" or "month" or "months" or "week" or "weeks" or "day" or "days"
            or "hour" or "hours" or "minute" or "minutes" or "second" or "seconds"
            or "millisecond" or "milliseconds" => true,
        _ => false,
    };

    /// <summary>
    /// Whether a word is only ever an operator, so cannot start a term or name a type. The other operator words
    /// (<c>as contains in is</c>) are identifiers too, and after a dot any word is a name (<c>text.div</c>).
    /// </summary>
    public static bool IsOperatorOnly(ReadOnlySpan<char> word) => word switch
    {
        "and" or "or" or "xor" or "implies" or "div" or "mod" => true,
        _ => false,
    };
}
