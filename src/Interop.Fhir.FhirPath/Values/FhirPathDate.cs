using System.Diagnostics.CodeAnalysis;

namespace Interop.Fhir.FhirPath.Values;

/// <summary>A FHIRPath <c>System.Date</c>: a year, year-month or full date, with no time and no offset.</summary>
public sealed class FhirPathDate
{
    internal FhirPathDate(in PartialDateTime parts) => Parts = parts;

    /// <summary>The year (1 to 9999).</summary>
    public int Year => Parts.Year;

    /// <summary>The month (1 to 12), or null when the date is only a year.</summary>
    public int? Month => Precision >= DateTimePrecision.Month ? Parts.Month : null;

    /// <summary>The day of the month, or null when the date stops at the year or month.</summary>
    public int? Day => Precision >= DateTimePrecision.Day ? Parts.Day : null;

    /// <summary>The finest component stated: <see cref="DateTimePrecision.Year"/>, <c>Month</c> or <c>Day</c>.</summary>
    public DateTimePrecision Precision => Parts.Precision;

    internal PartialDateTime Parts { get; }

    /// <summary>
    /// Reads <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c> (the FHIR <c>date</c> form and a date literal's text after
    /// <c>@</c>); false when the text has another shape or names a date that does not exist.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out FhirPathDate? value)
    {
        var pos = 0;
        if (DateTimeText.TryReadDate(text, ref pos, out var year, out var month, out var day, out var precision)
            && pos == text.Length)
        {
            value = new FhirPathDate(new PartialDateTime(year, month, day, 0, 0, 0, 0, precision, null));
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>Today's date (or any other) as a full date.</summary>
    internal static FhirPathDate From(DateOnly date) =>
        new(new PartialDateTime(date.Year, date.Month, date.Day, 0, 0, 0, 0, DateTimePrecision.Day, null));

    /// <summary>The same date as a date-time with no time components (not midnight).</summary>
    public FhirPathDateTime ToDateTime() => new(Parts);

    /// <summary>The date's text without <c>@</c>, to its precision: <c>2014</c>, <c>2014-01</c>, <c>2014-01-25</c>.</summary>
    public override string ToString()
    {
        Span<char> buffer = stackalloc char[10];
        return new string(buffer[..DateTimeText.WriteDate(buffer, Parts)]);
    }
}
