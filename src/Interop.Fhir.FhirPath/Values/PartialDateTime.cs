namespace Interop.Fhir.FhirPath.Values;

/// <summary>
/// The components of a date, date-time or time, valid up to <see cref="Precision"/>; components past it are zero
/// (month and day are 1). Shared by the three value types so that comparisons need no conversion or allocation.
/// A time uses only the hour-and-finer components.
/// </summary>
internal readonly struct PartialDateTime
{
    public PartialDateTime(
        int year, int month, int day, int hour, int minute, int second, int millisecond,
        DateTimePrecision precision, int? offsetMinutes)
    {
        Year = year;
        Month = precision >= DateTimePrecision.Month ? month : 1;
        Day = precision >= DateTimePrecision.Day ? day : 1;
        Hour = precision >= DateTimePrecision.Hour ? hour : 0;
        Minute = precision >= DateTimePrecision.Minute ? minute : 0;
        Second = precision >= DateTimePrecision.Second ? second : 0;
        Millisecond = precision >= DateTimePrecision.Millisecond ? millisecond : 0;
        Precision = precision;
        HasOffset = offsetMinutes.HasValue && precision >= DateTimePrecision.Hour;
        OffsetMinutes = HasOffset ? offsetMinutes!.Value : 0;
    }

    public int Year { get; }

    public int Month { get; }

    public int Day { get; }

    public int Hour { get; }

    public int Minute { get; }

    public int Second { get; }

    public int Millisecond { get; }

    public DateTimePrecision Precision { get; }

    public bool HasOffset { get; }

    public int OffsetMinutes { get; }

    public int? Offset => HasOffset ? OffsetMinutes : null;

    /// <summary>The components as a <see cref="DateTime"/> (missing ones at their minimum), ignoring any offset.</summary>
    public DateTime ToDateTime() => new(Year, Month, Day, Hour, Minute, Second, Millisecond, DateTimeKind.Unspecified);

    /// <summary>The same components cut down to a coarser precision (or unchanged if already coarser).</summary>
    public PartialDateTime Truncate(DateTimePrecision precision) => precision >= Precision
        ? this
        : new PartialDateTime(Year, Month, Day, Hour, Minute, Second, Millisecond, precision, Offset);

    /// <summary>Builds components from a <see cref="DateTime"/>, keeping the given precision and offset.</summary>
    public static PartialDateTime From(DateTime value, DateTimePrecision precision, int? offsetMinutes) => new(
        value.Year, value.Month, value.Day, value.Hour, value.Minute, value.Second, value.Millisecond, precision, offsetMinutes);
}
