namespace Interop.Fhir.FhirPath.Values;

/// <summary>
/// Adding a time-valued quantity to a date, date-time or time with calendar semantics. Years and months move the
/// calendar fields (a day the new month lacks becomes its last day); weeks, days and shorter move the instant. The
/// quantity's fraction is dropped, as the R4 suite expects (<c>+ 0.1 's'</c> changes nothing); a unit finer than the
/// value's precision is first converted to it by the calendar factors and truncated (<c>@2014 + 23 months</c> is
/// <c>@2015</c>). Times wrap around midnight. A result outside years 1 to 9999 is null (empty).
/// </summary>
internal static class DateArithmetic
{
    private static readonly long[] TicksPer =
    [
        0, 0, 7 * TimeSpan.TicksPerDay, TimeSpan.TicksPerDay, TimeSpan.TicksPerHour, TimeSpan.TicksPerMinute,
        TimeSpan.TicksPerSecond, TimeSpan.TicksPerMillisecond,
    ];

    /// <exception cref="FhirPathException"><see cref="FhirPathErrorCodes.WrongOperandType"/> when the unit is not a time unit the value can take: UCUM <c>a</c> and <c>mo</c> (use <c>year</c> and <c>month</c>), non-time units, or days and longer on a time.</exception>
    public static object? Add(in PartialDateTime value, FhirPathQuantity quantity, bool subtract, DateKind kind)
    {
        var unit = UnitOf(quantity, kind);
        try
        {
            return Move(value, quantity.Value, unit, subtract, kind);
        }
        catch (OverflowException)
        {
            return null; // an amount so large no date can hold it
        }
    }

    private static object? Move(in PartialDateTime value, decimal quantity, CalendarUnit unit, bool subtract, DateKind kind)
    {
        var amount = decimal.Truncate(quantity);
        var finest = FinestUnit(value.Precision);
        if (unit > finest)
        {
            var (numerator, denominator) = CalendarUnits.Factor(unit, finest);
            amount = decimal.Truncate(amount * numerator / denominator);
            unit = finest;
        }

        if (subtract)
        {
            amount = -amount;
        }

        if (kind == DateKind.Time)
        {
            return new FhirPathTime(AddToTime(value, amount, unit));
        }

        var result = unit <= CalendarUnit.Month ? AddMonths(value, amount, unit) : AddTicks(value, amount, unit);
        return result is not { } parts ? null
            : kind == DateKind.Date ? new FhirPathDate(parts)
            : new FhirPathDateTime(parts);
    }

    private static CalendarUnit UnitOf(FhirPathQuantity quantity, DateKind kind)
    {
        if (quantity.Calendar is not { } unit
            && !(CalendarUnits.TryFromUcum(quantity.Unit, out unit) && !CalendarUnits.IsYearOrMonth(unit)))
        {
            throw new FhirPathException(
                FhirPathErrorCodes.WrongOperandType,
                $"'{quantity.Unit}' is not a unit a {kind} can be moved by; use a calendar duration such as 1 year or 1 day.");
        }

        if (kind == DateKind.Time && unit < CalendarUnit.Hour)
        {
            throw new FhirPathException(
                FhirPathErrorCodes.WrongOperandType, $"A Time cannot be moved by {CalendarUnits.Plural(unit)}.");
        }

        return unit;
    }

    private static CalendarUnit FinestUnit(DateTimePrecision precision) => precision switch
    {
        DateTimePrecision.Year => CalendarUnit.Year,
        DateTimePrecision.Month => CalendarUnit.Month,
        DateTimePrecision.Day => CalendarUnit.Day,
        DateTimePrecision.Hour => CalendarUnit.Hour,
        DateTimePrecision.Minute => CalendarUnit.Minute,
        DateTimePrecision.Second => CalendarUnit.Second,
        _ => CalendarUnit.Millisecond,
    };

    private static PartialDateTime? AddMonths(in PartialDateTime value, decimal amount, CalendarUnit unit)
    {
        var months = (value.Year * 12m) + (value.Month - 1) + (unit == CalendarUnit.Year ? amount * 12 : amount);
        if (months < 12 || months >= 10_000 * 12)
        {
            return null;
        }

        var year = (int)(months / 12);
        var month = (int)(months % 12) + 1;
        var day = Math.Min(value.Day, DateTime.DaysInMonth(year, month));
        return new PartialDateTime(
            year, month, day, value.Hour, value.Minute, value.Second, value.Millisecond, value.Precision, value.Offset);
    }

    private static PartialDateTime? AddTicks(in PartialDateTime value, decimal amount, CalendarUnit unit)
    {
        var ticks = value.ToDateTime().Ticks + (amount * TicksPer[(int)unit]);
        return ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks
            ? null
            : PartialDateTime.From(new DateTime((long)ticks, DateTimeKind.Unspecified), value.Precision, value.Offset);
    }

    private static PartialDateTime AddToTime(in PartialDateTime value, decimal amount, CalendarUnit unit)
    {
        var ticks = (value.ToDateTime().TimeOfDay.Ticks + (amount * TicksPer[(int)unit])) % TimeSpan.TicksPerDay;
        if (ticks < 0)
        {
            ticks += TimeSpan.TicksPerDay;
        }

        return PartialDateTime.From(new DateTime((long)ticks, DateTimeKind.Unspecified), value.Precision, null);
    }
}
