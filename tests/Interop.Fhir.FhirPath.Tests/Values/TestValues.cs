using System.Globalization;
using Interop.Fhir.FhirPath.Values;

namespace Interop.Fhir.FhirPath.Tests.Values;

/// <summary>Builds System values from FHIRPath literal text, so that cases read like the official suite's expressions.</summary>
internal static class TestValues
{
    /// <summary>
    /// <c>true</c>, <c>'text'</c>, <c>1</c>, <c>1L</c>, <c>1.0</c>, <c>4 'g'</c>, <c>7 days</c>, <c>@2014-01-25</c>,
    /// <c>@2014T</c>, <c>@2014-01-25T14:30</c>, <c>@T14:30</c>.
    /// </summary>
    public static object Parse(string literal)
    {
        if (literal is "true" or "false")
        {
            return literal == "true";
        }

        if (literal.StartsWith('\''))
        {
            return literal[1..^1];
        }

        if (literal.StartsWith("@T", StringComparison.Ordinal))
        {
            return FhirPathTime.TryParse(literal.AsSpan(1), out var time) ? time : throw new FormatException(literal);
        }

        if (literal.StartsWith('@'))
        {
            return literal.Contains('T', StringComparison.Ordinal)
                ? FhirPathDateTime.TryParse(literal.AsSpan(1), out var dateTime) ? dateTime : throw new FormatException(literal)
                : FhirPathDate.TryParse(literal.AsSpan(1), out var date) ? date : throw new FormatException(literal);
        }

        var space = literal.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0)
        {
            var unit = literal[(space + 1)..].Trim('\'');
            return new FhirPathQuantity(decimal.Parse(literal[..space], CultureInfo.InvariantCulture), unit);
        }

        if (literal.EndsWith('L'))
        {
            return long.Parse(literal[..^1], CultureInfo.InvariantCulture);
        }

        return literal.Contains('.', StringComparison.Ordinal)
            ? decimal.Parse(literal, CultureInfo.InvariantCulture)
            : (object)int.Parse(literal, CultureInfo.InvariantCulture);
    }

    /// <summary>A value's FHIRPath literal text, as the suite writes outputs: dates with <c>@</c>, times with <c>@T</c>.</summary>
    public static string Format(object? value) => value switch
    {
        null => "{}",
        FhirPathDate or FhirPathDateTime => "@" + value,
        FhirPathTime => "@T" + value,
        string s => $"'{s}'",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };
}
