namespace Interop.Fhir.FhirPath.Values;

/// <content>Dates, date-times and times: compared component by component, respecting offsets.</content>
internal static partial class SystemValueComparer
{
    /// <summary>The components of two dates/date-times (a date counts as a date-time) or of two times.</summary>
    private static bool TryGetParts(object a, object b, out PartialDateTime left, out PartialDateTime right, out bool timeOnly)
    {
        timeOnly = false;
        switch (a, b)
        {
            case (FhirPathTime x, FhirPathTime y):
                (left, right, timeOnly) = (x.Parts, y.Parts, true);
                return true;
            case (FhirPathDateTime or FhirPathDate, FhirPathDateTime or FhirPathDate):
                (left, right) = (DateParts(a), DateParts(b));
                return true;
            default:
                (left, right) = (default, default);
                return false;
        }
    }

    private static PartialDateTime DateParts(object value) =>
        value is FhirPathDateTime dateTime ? dateTime.Parts : ((FhirPathDate)value).Parts;

    /// <summary>
    /// Compares component by component from the year (or the hour for times): the first difference decides; reaching a
    /// component only one side states makes the order unknown (null). Seconds and milliseconds count as one decimal
    /// component. Date-times with times are compared in UTC when both have offsets, and are unknown when only one has.
    /// </summary>
    private static int? CompareParts(PartialDateTime a, PartialDateTime b, bool timeOnly)
    {
        if (!timeOnly && a.Precision >= DateTimePrecision.Hour && b.Precision >= DateTimePrecision.Hour)
        {
            if (a.HasOffset != b.HasOffset)
            {
                return null;
            }

            if (a.OffsetMinutes != b.OffsetMinutes)
            {
                a = ToUtc(a);
                b = ToUtc(b);
            }
        }

        for (var precision = timeOnly ? DateTimePrecision.Hour : DateTimePrecision.Year;
             precision <= DateTimePrecision.Second;
             precision++)
        {
            bool hasLeft = a.Precision >= precision, hasRight = b.Precision >= precision;
            if (hasLeft != hasRight)
            {
                return null;
            }

            if (!hasLeft)
            {
                return 0;
            }

            var order = precision switch
            {
                DateTimePrecision.Year => a.Year.CompareTo(b.Year),
                DateTimePrecision.Month => a.Month.CompareTo(b.Month),
                DateTimePrecision.Day => a.Day.CompareTo(b.Day),
                DateTimePrecision.Hour => a.Hour.CompareTo(b.Hour),
                DateTimePrecision.Minute => a.Minute.CompareTo(b.Minute),
                _ => ((a.Second * 1000) + a.Millisecond).CompareTo((b.Second * 1000) + b.Millisecond),
            };
            if (order != 0)
            {
                return Math.Sign(order);
            }
        }

        return 0;
    }

    // Seconds and milliseconds are one precision for comparison: 10:30:31 = 10:30:31.0.
    private static DateTimePrecision ComparablePrecision(DateTimePrecision precision) =>
        precision == DateTimePrecision.Millisecond ? DateTimePrecision.Second : precision;

    private static PartialDateTime ToUtc(in PartialDateTime value)
    {
        var ticks = value.ToDateTime().Ticks - (value.OffsetMinutes * TimeSpan.TicksPerMinute);
        return ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks
            ? value
            : PartialDateTime.From(new DateTime(ticks, DateTimeKind.Unspecified), value.Precision, 0);
    }
}
