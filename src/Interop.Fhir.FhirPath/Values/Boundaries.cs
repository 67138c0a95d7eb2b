namespace Interop.Fhir.FhirPath.Values;

/// <summary>
/// FHIRPath 2.1's <c>precision()</c>, <c>lowBoundary()</c>, <c>highBoundary()</c> and <c>comparable()</c>. Precision is
/// counted in digits: decimals after the point; dates and date-times 4 (year), 6, 8, 10, 12, 14, 17 (millisecond);
/// times 2, 4, 6, 9.
/// </summary>
internal static class Boundaries
{
    private const int DefaultDecimalPrecision = 8;

    // Offsets of the earliest and latest zones, for a date-time with a time but no offset.
    private const int EarliestOffsetMinutes = 14 * 60;
    private const int LatestOffsetMinutes = -12 * 60;

    private static readonly int[] DateDigits = [4, 6, 8, 10, 12, 14, 17];
    private static readonly int[] TimeDigits = [-1, -1, -1, 2, 4, 6, 9];

    /// <summary>The digits of precision of a number, date, date-time or time; null for other values.</summary>
    public static int? Precision(object value) => value switch
    {
        decimal d => d.Scale,
        int or long => 0,
        FhirPathDate date => DateDigits[(int)date.Precision],
        FhirPathDateTime dateTime => DateDigits[(int)dateTime.Precision],
        FhirPathTime time => TimeDigits[(int)time.Precision],
        _ => null,
    };

    /// <summary>The least value the input could stand for, to <paramref name="precision"/> digits (the type's most when null); null when the precision does not apply.</summary>
    public static object? LowBoundary(object value, int? precision) => Boundary(value, precision, high: false);

    /// <summary>The greatest value the input could stand for, to <paramref name="precision"/> digits (the type's most when null); null when the precision does not apply.</summary>
    public static object? HighBoundary(object value, int? precision) => Boundary(value, precision, high: true);

    /// <summary>Whether two quantities (numbers count as unit <c>'1'</c>) have units that convert to each other; null for other values.</summary>
    public static bool? Comparable(object a, object b) =>
        ImplicitConversion.IsNumber(a) && ImplicitConversion.IsNumber(b) ? true
        : ImplicitConversion.TryGetQuantities(a, b, out var x, out var y) ? QuantityConversion.TryAlign(x, y, equivalence: false, out _, out _)
        : null;

    private static object? Boundary(object value, int? precision, bool high) => value switch
    {
        int or long or decimal => DecimalBoundary(ImplicitConversion.ToDecimal(value), precision ?? DefaultDecimalPrecision, high),
        FhirPathQuantity q => DecimalBoundary(q.Value, precision ?? DefaultDecimalPrecision, high) is { } d ? new FhirPathQuantity(d, q.Unit) : null,
        FhirPathDate date => ToPrecision(DateDigits, precision ?? 8, DateTimePrecision.Day) is { } p
            ? new FhirPathDate(DateBoundary(date.Parts, p, high, DateKind.Date))
            : null,
        FhirPathDateTime dateTime => ToPrecision(DateDigits, precision ?? 17, DateTimePrecision.Millisecond) is { } p
            ? new FhirPathDateTime(DateBoundary(dateTime.Parts, p, high, DateKind.DateTime))
            : null,
        FhirPathTime time => ToPrecision(TimeDigits, precision ?? 9, DateTimePrecision.Millisecond) is { } p
            ? new FhirPathTime(DateBoundary(time.Parts, p, high, DateKind.Time))
            : null,
        _ => null,
    };

    /// <summary>
    /// The boundary of a decimal whose last digit is uncertain by half a unit. Matching the R4 suite, the low boundary
    /// of a positive value is truncated to the precision and the high one rounded (1.587 → 1.58 and 1.59 at 2 digits);
    /// a negative value's boundaries mirror its magnitude's.
    /// </summary>
    private static decimal? DecimalBoundary(decimal value, int precision, bool high)
    {
        if (precision is < 0 or > DecimalMath.MaxScale || value.Scale >= DecimalMath.MaxScale)
        {
            return null;
        }

        if (value < 0)
        {
            return -DecimalBoundary(-value, precision, !high);
        }

        var half = new decimal(5, 0, 0, false, (byte)(value.Scale + 1));
        var bound = high
            ? decimal.Round(value + half, precision, MidpointRounding.AwayFromZero)
            : decimal.Round(value - half, precision, MidpointRounding.ToZero);
        return DecimalMath.Pad(bound, precision);
    }

    private static DateTimePrecision? ToPrecision(int[] digits, int precision, DateTimePrecision finest)
    {
        var index = Array.IndexOf(digits, precision);
        return index < 0 || index > (int)finest ? null : (DateTimePrecision)index;
    }

    /// <summary>
    /// Fills the components the value lacks with their least (or greatest) values, down to <paramref name="precision"/>,
    /// or cuts it to a coarser precision. A date-time with a time but no offset gets the earliest (+14:00) or latest
    /// (-12:00) offset. As the R4 suite reads it, a date-time stated only to the hour (<c>T08</c>, not a FHIR form)
    /// means <c>08:00</c>.
    /// </summary>
    private static PartialDateTime DateBoundary(PartialDateTime value, DateTimePrecision precision, bool high, DateKind kind)
    {
        var stated = kind == DateKind.DateTime && value.Precision == DateTimePrecision.Hour ? DateTimePrecision.Minute : value.Precision;
        int month = value.Month, day = value.Day, hour = value.Hour, minute = value.Minute, second = value.Second,
            millisecond = value.Millisecond;
        if (stated < DateTimePrecision.Month)
        {
            month = high ? 12 : 1;
        }

        if (stated < DateTimePrecision.Day)
        {
            day = high ? DateTime.DaysInMonth(value.Year, month) : 1;
        }

        if (stated < DateTimePrecision.Hour)
        {
            hour = high ? 23 : 0;
        }

        if (stated < DateTimePrecision.Minute)
        {
            minute = high ? 59 : 0;
        }

        if (stated < DateTimePrecision.Second)
        {
            second = high ? 59 : 0;
        }

        if (stated < DateTimePrecision.Millisecond)
        {
            millisecond = high ? 999 : 0;
        }

        int? offset = kind != DateKind.DateTime ? null
            : value.HasOffset ? value.OffsetMinutes
            : high ? LatestOffsetMinutes : EarliestOffsetMinutes;
        return new PartialDateTime(value.Year, month, day, hour, minute, second, millisecond, precision, offset);
    }
}
