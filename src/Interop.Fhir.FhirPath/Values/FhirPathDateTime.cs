using System.Diagnostics.CodeAnalysis;

namespace Interop.Fhir.FhirPath.Values;

/// <summary>
/// A FHIRPath <c>System.DateTime</c>: a date, possibly partial, with an optional time of day (to the millisecond) and,
/// when there is a time, an optional offset from UTC.
/// </summary>
public sealed class FhirPathDateTime
{
    internal FhirPathDateTime(in PartialDateTime parts) => Parts = parts;

    /// <summary>The year (1 to 9999).</summary>
    public int Year => Parts.Year;

    /// <summary>The month, or null below month precision.</summary>
    public int? Month => Has(DateTimePrecision.Month) ? Parts.Month : null;

    /// <summary>The day of the month, or null below day precision.</summary>
    public int? Day => Has(DateTimePrecision.Day) ? Parts.Day : null;

    /// <summary>The hour (0 to 23), or null when there is no time.</summary>
    public int? Hour => Has(DateTimePrecision.Hour) ? Parts.Hour : null;

    /// <summary>The minute, or null below minute precision.</summary>
    public int? Minute => Has(DateTimePrecision.Minute) ? Parts.Minute : null;

    /// <summary>The second, or null below second precision.</summary>
    public int? Second => Has(DateTimePrecision.Second) ? Parts.Second : null;

    /// <summary>The millisecond, or null when the text had no fraction of a second.</summary>
    public int? Millisecond => Has(DateTimePrecision.Millisecond) ? Parts.Millisecond : null;

    /// <summary>The offset from UTC, or null when none was given (there is never one without a time).</summary>
    public TimeSpan? Offset => Parts.HasOffset ? TimeSpan.FromMinutes(Parts.OffsetMinutes) : null;

    /// <summary>The finest component stated.</summary>
    public DateTimePrecision Precision => Parts.Precision;

    internal PartialDateTime Parts { get; }

    /// <summary>
    /// Reads the FHIR <c>dateTime</c> and <c>instant</c> forms and a FHIRPath date-time literal's text after <c>@</c>:
    /// <c>yyyy[-MM[-dd]]</c>, optionally followed by <c>T</c> (alone, for a partial date-time such as <c>2015T</c>) or by
    /// <c>Thh[:mm[:ss[.fff]]]</c> and an optional <c>Z</c> or <c>±hh:mm</c>. A time needs a full date. False when the
    /// text has another shape or a component is out of range (month 13, 30 February, hour 24, offset beyond 14 hours).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out FhirPathDateTime? value)
    {
        value = null;
        var pos = 0;
        if (!DateTimeText.TryReadDate(text, ref pos, out var year, out var month, out var day, out var precision))
        {
            return false;
        }

        int hour = 0, minute = 0, second = 0, millisecond = 0;
        int? offset = null;
        if (pos < text.Length)
        {
            if (text[pos] != 'T')
            {
                return false;
            }

            pos++;
            if (pos < text.Length)
            {
                if (precision != DateTimePrecision.Day
                    || !DateTimeText.TryReadTime(text, ref pos, out hour, out minute, out second, out millisecond, out precision))
                {
                    return false;
                }

                if (pos < text.Length)
                {
                    if (!DateTimeText.TryReadOffset(text, ref pos, out var minutes))
                    {
                        return false;
                    }

                    offset = minutes;
                }
            }
        }

        if (pos != text.Length)
        {
            return false;
        }

        value = new FhirPathDateTime(new PartialDateTime(year, month, day, hour, minute, second, millisecond, precision, offset));
        return true;
    }

    /// <summary>An instant (now, for example) to the millisecond, with its offset.</summary>
    internal static FhirPathDateTime From(DateTimeOffset instant) => new(PartialDateTime.From(
        instant.DateTime, DateTimePrecision.Millisecond, (int)instant.Offset.TotalMinutes));

    /// <summary>The date part alone, cut to at most day precision, without any change of offset.</summary>
    public FhirPathDate ToDate() => new(Parts.Truncate(DateTimePrecision.Day));

    /// <summary>
    /// The text without <c>@</c>, to its precision, in the FHIR form: <c>2014-01-25T14:30:14.559+10:00</c>;
    /// <c>Z</c> for a zero offset; a date-time without a time reads as its date (<c>2014-01</c>, not <c>2014-01T</c>).
    /// </summary>
    public override string ToString()
    {
        Span<char> buffer = stackalloc char[32];
        var n = DateTimeText.WriteDate(buffer, Parts);
        if (Has(DateTimePrecision.Hour))
        {
            buffer[n++] = 'T';
            n += DateTimeText.WriteTime(buffer[n..], Parts);
            if (Parts.HasOffset)
            {
                n += DateTimeText.WriteOffset(buffer[n..], Parts.OffsetMinutes);
            }
        }

        return new string(buffer[..n]);
    }

    private bool Has(DateTimePrecision precision) => Parts.Precision >= precision;
}
