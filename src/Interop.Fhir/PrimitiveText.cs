using System.Globalization;

namespace Interop.Fhir;

/// <summary>Converts between primitive values and their FHIR lexical form.</summary>
public static class PrimitiveText
{
    /// <summary>Reads a boolean; null when absent or not <c>true</c>/<c>false</c>.</summary>
    public static bool? ToBool(string? text) => text switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };

    /// <summary>Reads an integer; null when absent or invalid.</summary>
    public static int? ToInt(string? text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>Reads a 64-bit integer; null when absent or invalid.</summary>
    public static long? ToLong(string? text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>Reads a decimal, exponent form included; null when absent or invalid.</summary>
    public static decimal? ToDecimal(string? text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>Writes a boolean.</summary>
    public static string? Format(bool? value) => value is null ? null : value.Value ? "true" : "false";

    /// <summary>Writes an integer.</summary>
    public static string? Format(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes a 64-bit integer.</summary>
    public static string? Format(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes a decimal, keeping its scale (<c>1.50m</c> gives <c>1.50</c>).</summary>
    public static string? Format(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);
}
