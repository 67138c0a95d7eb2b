using System.Diagnostics.CodeAnalysis;

namespace Interop.Fhir.FhirPath.Values;

/// <summary>A FHIRPath <c>System.Time</c>: a time of day to the hour, minute, second or millisecond, with no offset.</summary>
public sealed class FhirPathTime
{
    internal FhirPathTime(in PartialDateTime parts) => Parts = parts;

    /// <summary>The hour (0 to 23).</summary>
    public int Hour => Parts.Hour;

    /// <summary>The minute, or null below minute precision.</summary>
    public int? Minute => Precision >= DateTimePrecision.Minute ? Parts.Minute : null;

    /// <summary>The second, or null below second precision.</summary>
    public int? Second => Precision >= DateTimePrecision.Second ? Parts.Second : null;

    /// <summary>The millisecond, or null when the text had no fraction of a second.</summary>
    public int? Millisecond => Precision >= DateTimePrecision.Millisecond ? Parts.Millisecond : null;

    /// <summary>The finest component stated: <see cref="DateTimePrecision.Hour"/> or finer.</summary>
    public DateTimePrecision Precision => Parts.Precision;

    /// <summary>The components, with a placeholder date (0001-01-01) that no comparison looks at.</summary>
    internal PartialDateTime Parts { get; }

    /// <summary>
    /// Reads <c>hh[:mm[:ss[.fff]]]</c>, the FHIR <c>time</c> form, with or without a leading <c>T</c> so that a time
    /// literal's text after <c>@</c> (<c>T14:34</c>) can be passed as it is. A time has no offset: <c>Z</c> or
    /// <c>+10:00</c> makes it false, as do out-of-range components (hour 24, minute 60).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out FhirPathTime? value)
    {
        var pos = text.Length > 0 && text[0] == 'T' ? 1 : 0;
        if (DateTimeText.TryReadTime(text, ref pos, out var hour, out var minute, out var second, out var millisecond, out var precision)
            && pos == text.Length)
        {
            value = new FhirPathTime(new PartialDateTime(1, 1, 1, hour, minute, second, millisecond, precision, null));
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>A time of day (the current one, for example) to the millisecond.</summary>
    internal static FhirPathTime From(TimeOnly time) => new(new PartialDateTime(
        1, 1, 1, time.Hour, time.Minute, time.Second, time.Millisecond, DateTimePrecision.Millisecond, null));

    /// <summary>The time's text without <c>@T</c>, to its precision: <c>14</c>, <c>14:34</c>, <c>14:34:28.123</c>.</summary>
    public override string ToString()
    {
        Span<char> buffer = stackalloc char[12];
        return new string(buffer[..DateTimeText.WriteTime(buffer, Parts)]);
    }
}
