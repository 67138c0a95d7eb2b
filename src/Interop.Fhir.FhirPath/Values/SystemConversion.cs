using System.Globalization;

namespace Interop.Fhir.FhirPath.Values;

/// <summary>
/// The FHIRPath conversion functions (<c>toBoolean()</c> … <c>toQuantity()</c>) on one System value; null where the
/// value does not convert, which the <c>convertsToX()</c> functions read as false.
/// </summary>
internal static partial class SystemConversion
{
    /// <summary>Booleans; 1 and 0 (Integer, Long or Decimal); the strings true/t/yes/y/1/1.0 and false/f/no/n/0/0.0, any case.</summary>
    public static object? ToBoolean(object value) => value switch
    {
        bool b => b,
        int i => i switch { 1 => true, 0 => false, _ => null },
        long l => l switch { 1 => true, 0 => false, _ => null },
        decimal d => d == 1 ? true : d == 0 ? false : null,
        string s => StringToBoolean(s),
        _ => null,
    };

    /// <summary>Integers; Longs in range; strings of the form <c>(+|-)?\d+</c> in range; booleans as 1 and 0.</summary>
    public static object? ToInteger(object value) => value switch
    {
        int i => i,
        long l => l is >= int.MinValue and <= int.MaxValue ? (int)l : null,
        string s => IsInteger(s) && int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i : null,
        bool b => b ? 1 : 0,
        _ => null,
    };

    /// <summary>Integers and Longs; strings of the form <c>(+|-)?\d+</c> in range; booleans as 1 and 0.</summary>
    public static object? ToLong(object value) => value switch
    {
        int i => (long)i,
        long l => l,
        string s => IsInteger(s) && long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l : null,
        bool b => b ? 1L : 0L,
        _ => null,
    };

    /// <summary>Numbers; strings of the form <c>(+|-)?\d+(\.\d+)?</c>, keeping their digits; booleans as 1.0 and 0.0.</summary>
    public static object? ToDecimal(object value) => value switch
    {
        int or long or decimal => ImplicitConversion.ToDecimal(value),
        string s => TryParseDecimal(s, out var d) ? d : null,
        bool b => b ? 1.0m : 0.0m,
        _ => null,
    };

    /// <summary>
    /// The FHIRPath text of a value: <c>true</c>, <c>42</c>, <c>1.0</c> (a decimal keeps its digits), <c>4 'mg'</c>,
    /// <c>4 days</c>, and dates and times without <c>@</c> to their precision.
    /// </summary>
    public static string? ToString(object value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        FhirPathDate or FhirPathDateTime or FhirPathTime or FhirPathQuantity => value.ToString(),
        _ => null,
    };

    /// <summary>Dates; the date part of a date-time (no offset change); strings <c>yyyy[-MM[-dd]]</c>.</summary>
    public static FhirPathDate? ToDate(object value) => value switch
    {
        FhirPathDate date => date,
        FhirPathDateTime dateTime => dateTime.ToDate(),
        string s => FhirPathDate.TryParse(s, out var date) ? date : null,
        _ => null,
    };

    /// <summary>Date-times; dates (with no time); strings in the FHIR dateTime form.</summary>
    public static FhirPathDateTime? ToDateTime(object value) => value switch
    {
        FhirPathDateTime dateTime => dateTime,
        FhirPathDate date => date.ToDateTime(),
        string s => FhirPathDateTime.TryParse(s, out var dateTime) ? dateTime : null,
        _ => null,
    };

    /// <summary>Times; strings <c>hh[:mm[:ss[.fff]]]</c> (without the <c>T</c> of a literal).</summary>
    public static FhirPathTime? ToTime(object value) => value switch
    {
        FhirPathTime time => time,
        string s when !s.StartsWith('T') => FhirPathTime.TryParse(s, out var time) ? time : null,
        _ => null,
    };

    private static object? StringToBoolean(string s)
    {
        foreach (var word in (ReadOnlySpan<string>)["true", "t", "yes", "y", "1", "1.0"])
        {
            if (s.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var word in (ReadOnlySpan<string>)["false", "f", "no", "n", "0", "0.0"])
        {
            if (s.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return null;
    }

    // (+|-)?\d+ — checked by hand so that int.TryParse's leniency (spaces, other digits) does not leak in.
    private static bool IsInteger(ReadOnlySpan<char> s)
    {
        var start = s.Length > 0 && s[0] is '+' or '-' ? 1 : 0;
        return s.Length > start && DigitsEnd(s, start) == s.Length;
    }

    /// <summary>Reads <c>(+|-)?\d+(\.\d+)?</c> exactly.</summary>
    private static bool TryParseDecimal(ReadOnlySpan<char> s, out decimal value)
    {
        value = 0;
        var start = s.Length > 0 && s[0] is '+' or '-' ? 1 : 0;
        var end = DigitsEnd(s, start);
        if (end == start)
        {
            return false;
        }

        if (end < s.Length)
        {
            if (s[end] != '.' || DigitsEnd(s, end + 1) != s.Length || end + 1 == s.Length)
            {
                return false;
            }
        }

        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static int DigitsEnd(ReadOnlySpan<char> s, int start)
    {
        while (start < s.Length && char.IsAsciiDigit(s[start]))
        {
            start++;
        }

        return start;
    }
}
