namespace Interop.Fhir.FhirPath.Values;

/// <content><c>toQuantity()</c>.</content>
internal static partial class SystemConversion
{
    /// <summary>
    /// Numbers (unit <c>'1'</c>); quantities; booleans as <c>1.0 '1'</c> and <c>0.0 '1'</c>; strings such as
    /// <c>4 days</c>, <c>10 'mg'</c> or <c>1.5</c> (an unquoted unit must be a calendar keyword, so <c>1 wk</c> is not
    /// one). With <paramref name="unit"/>, the result is converted to it, or null when it does not convert.
    /// </summary>
    public static FhirPathQuantity? ToQuantity(object value, string? unit)
    {
        var quantity = value switch
        {
            FhirPathQuantity q => q,
            int or long or decimal => new FhirPathQuantity(ImplicitConversion.ToDecimal(value), FhirPathQuantity.DefaultUnit),
            bool b => new FhirPathQuantity(b ? 1.0m : 0.0m, FhirPathQuantity.DefaultUnit),
            string s => ParseQuantity(s),
            _ => null,
        };

        return quantity is null || unit is null ? quantity : QuantityConversion.ConvertTo(quantity, unit);
    }

    // (\+|-)?\d+(\.\d+)?\s*('unit'|keyword)?
    private static FhirPathQuantity? ParseQuantity(string s)
    {
        var end = DigitsEnd(s, s.Length > 0 && s[0] is '+' or '-' ? 1 : 0);
        if (end < s.Length && s[end] == '.')
        {
            end = DigitsEnd(s, end + 1);
        }

        if (!TryParseDecimal(s.AsSpan(0, end), out var value))
        {
            return null;
        }

        var rest = s.AsSpan(end).TrimStart();
        if (rest.IsEmpty)
        {
            return new FhirPathQuantity(value, FhirPathQuantity.DefaultUnit);
        }

        if (rest.Length >= 3 && rest[0] == '\'' && rest[^1] == '\'' && rest[1..^1].IndexOf('\'') < 0)
        {
            return new FhirPathQuantity(value, rest[1..^1].ToString());
        }

        return CalendarUnits.TryParse(rest, out var calendar) ? new FhirPathQuantity(value, CalendarUnits.Name(calendar)) : null;
    }
}
