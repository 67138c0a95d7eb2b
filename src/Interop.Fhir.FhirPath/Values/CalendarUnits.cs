namespace Interop.Fhir.FhirPath.Values;

/// <summary>
/// The calendar duration keywords (singular and plural), the UCUM definite-duration unit each matches, and the
/// FHIRPath calendar conversion factors: a year is 12 months or 365 days, a month 30 days, the rest as UCUM.
/// </summary>
internal static class CalendarUnits
{
    private static readonly string[] Names = ["year", "month", "week", "day", "hour", "minute", "second", "millisecond"];
    private static readonly string[] Plurals = ["years", "months", "weeks", "days", "hours", "minutes", "seconds", "milliseconds"];
    private static readonly string[] UcumCodes = ["a", "mo", "wk", "d", "h", "min", "s", "ms"];
    private static readonly decimal[] Seconds = [31_536_000, 2_592_000, 604_800, 86_400, 3_600, 60, 1, 0.001m];

    /// <summary>Reads a keyword, singular or plural (<c>day</c>, <c>days</c>).</summary>
    public static bool TryParse(ReadOnlySpan<char> word, out CalendarUnit unit)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (word.SequenceEqual(Names[i]) || word.SequenceEqual(Plurals[i]))
            {
                unit = (CalendarUnit)i;
                return true;
            }
        }

        unit = default;
        return false;
    }

    /// <summary>The calendar unit a UCUM time code stands for in date arithmetic (<c>d</c> is a day; <c>a</c> a year).</summary>
    public static bool TryFromUcum(string code, out CalendarUnit unit)
    {
        var index = Array.IndexOf(UcumCodes, code);
        unit = (CalendarUnit)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>The singular keyword, which is also the quantity's unit string.</summary>
    public static string Name(CalendarUnit unit) => Names[(int)unit];

    /// <summary>The plural keyword, used when writing a quantity whose value is not one.</summary>
    public static string Plural(CalendarUnit unit) => Plurals[(int)unit];

    /// <summary>The UCUM definite-duration code the unit corresponds to (equal for weeks and shorter, only equivalent for years and months).</summary>
    public static string UcumCode(CalendarUnit unit) => UcumCodes[(int)unit];

    /// <summary>Whether the unit is a year or a month, which differ from UCUM <c>a</c> and <c>mo</c>.</summary>
    public static bool IsYearOrMonth(CalendarUnit unit) => unit <= CalendarUnit.Month;

    /// <summary>
    /// The fraction (numerator, denominator) turning a value in <paramref name="from"/> into <paramref name="to"/> by
    /// the calendar factors, taking the shortest chain: years to months directly, anything else through seconds.
    /// </summary>
    public static (decimal Numerator, decimal Denominator) Factor(CalendarUnit from, CalendarUnit to) =>
        IsYearOrMonth(from) && IsYearOrMonth(to)
            ? (from == CalendarUnit.Year ? 12 : 1, to == CalendarUnit.Year ? 12 : 1)
            : (Seconds[(int)from], Seconds[(int)to]);
}
