namespace Interop.Fhir.FhirPath.Values;

/// <summary>
/// Reads and writes the text of dates, times and offsets (<c>yyyy-MM-dd</c>, <c>hh:mm:ss.fff</c>, <c>Z</c> or <c>±hh:mm</c>)
/// by hand: these run per item, so no regular expressions and no allocation until a value is built.
/// </summary>
internal static class DateTimeText
{
    /// <summary>Reads <c>yyyy[-MM[-dd]]</c> at <paramref name="pos"/>, checking that the date exists.</summary>
    public static bool TryReadDate(
        ReadOnlySpan<char> s, ref int pos, out int year, out int month, out int day, out DateTimePrecision precision)
    {
        month = 1;
        day = 1;
        precision = DateTimePrecision.Year;
        if (!TryReadDigits(s, ref pos, 4, out year) || year < 1)
        {
            return false;
        }

        if (pos < s.Length && s[pos] == '-')
        {
            pos++;
            if (!TryReadDigits(s, ref pos, 2, out month) || month is < 1 or > 12)
            {
                return false;
            }

            precision = DateTimePrecision.Month;
            if (pos < s.Length && s[pos] == '-')
            {
                pos++;
                if (!TryReadDigits(s, ref pos, 2, out day) || day < 1 || day > DateTime.DaysInMonth(year, month))
                {
                    return false;
                }

                precision = DateTimePrecision.Day;
            }
        }

        return true;
    }

    /// <summary>Reads <c>hh[:mm[:ss[.f+]]]</c> at <paramref name="pos"/>; fractions beyond milliseconds are dropped.</summary>
    public static bool TryReadTime(
        ReadOnlySpan<char> s, ref int pos, out int hour, out int minute, out int second, out int millisecond,
        out DateTimePrecision precision)
    {
        minute = 0;
        second = 0;
        millisecond = 0;
        precision = DateTimePrecision.Hour;
        if (!TryReadDigits(s, ref pos, 2, out hour) || hour > 23)
        {
            return false;
        }

        if (pos >= s.Length || s[pos] != ':')
        {
            return true;
        }

        pos++;
        if (!TryReadDigits(s, ref pos, 2, out minute) || minute > 59)
        {
            return false;
        }

        precision = DateTimePrecision.Minute;
        if (pos >= s.Length || s[pos] != ':')
        {
            return true;
        }

        pos++;
        if (!TryReadDigits(s, ref pos, 2, out second) || second > 59)
        {
            return false;
        }

        precision = DateTimePrecision.Second;
        if (pos >= s.Length || s[pos] != '.')
        {
            return true;
        }

        pos++;
        var start = pos;
        var scale = 100;
        while (pos < s.Length && char.IsAsciiDigit(s[pos]))
        {
            millisecond += (s[pos] - '0') * scale;
            scale /= 10;
            pos++;
        }

        precision = DateTimePrecision.Millisecond;
        return pos > start;
    }

    /// <summary>Reads <c>Z</c> or <c>(+|-)hh:mm</c> at <paramref name="pos"/> as minutes east of UTC.</summary>
    public static bool TryReadOffset(ReadOnlySpan<char> s, ref int pos, out int offsetMinutes)
    {
        offsetMinutes = 0;
        if (s[pos] == 'Z')
        {
            pos++;
            return true;
        }

        if (s[pos] is not ('+' or '-'))
        {
            return false;
        }

        var sign = s[pos] == '-' ? -1 : 1;
        pos++;
        if (!TryReadDigits(s, ref pos, 2, out var hours) || hours > 14
            || pos >= s.Length || s[pos] != ':')
        {
            return false;
        }

        pos++;
        if (!TryReadDigits(s, ref pos, 2, out var minutes) || minutes > 59)
        {
            return false;
        }

        offsetMinutes = sign * ((hours * 60) + minutes);
        return true;
    }

    /// <summary>Writes the date components up to the value's precision; returns the characters written.</summary>
    public static int WriteDate(Span<char> buffer, in PartialDateTime value)
    {
        var n = WriteDigits(buffer, value.Year, 4);
        if (value.Precision >= DateTimePrecision.Month)
        {
            buffer[n++] = '-';
            n += WriteDigits(buffer[n..], value.Month, 2);
        }

        if (value.Precision >= DateTimePrecision.Day)
        {
            buffer[n++] = '-';
            n += WriteDigits(buffer[n..], value.Day, 2);
        }

        return n;
    }

    /// <summary>Writes the hour-and-finer components up to the value's precision; returns the characters written.</summary>
    public static int WriteTime(Span<char> buffer, in PartialDateTime value)
    {
        var n = WriteDigits(buffer, value.Hour, 2);
        if (value.Precision >= DateTimePrecision.Minute)
        {
            buffer[n++] = ':';
            n += WriteDigits(buffer[n..], value.Minute, 2);
        }

        if (value.Precision >= DateTimePrecision.Second)
        {
            buffer[n++] = ':';
            n += WriteDigits(buffer[n..], value.Second, 2);
        }

        if (value.Precision >= DateTimePrecision.Millisecond)
        {
            buffer[n++] = '.';
            n += WriteDigits(buffer[n..], value.Millisecond, 3);
        }

        return n;
    }

    /// <summary>Writes an offset as <c>Z</c> (zero) or <c>±hh:mm</c>; returns the characters written.</summary>
    public static int WriteOffset(Span<char> buffer, int offsetMinutes)
    {
        if (offsetMinutes == 0)
        {
            buffer[0] = 'Z';
            return 1;
        }

        buffer[0] = offsetMinutes < 0 ? '-' : '+';
        var magnitude = Math.Abs(offsetMinutes);
        WriteDigits(buffer[1..], magnitude / 60, 2);
        buffer[3] = ':';
        WriteDigits(buffer[4..], magnitude % 60, 2);
        return 6;
    }

    private static bool TryReadDigits(ReadOnlySpan<char> s, ref int pos, int count, out int value)
    {
        value = 0;
        if (pos + count > s.Length)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            var c = s[pos + i];
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        pos += count;
        return true;
    }

    private static int WriteDigits(Span<char> buffer, int value, int count)
    {
        for (var i = count - 1; i >= 0; i--)
        {
            buffer[i] = (char)('0' + (value % 10));
            value /= 10;
        }

        return count;
    }
}
