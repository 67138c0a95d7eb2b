namespace Interop.Fhir.FhirPath.Values;

/// <summary>Decimal helpers for FHIRPath's precision rules: trailing zeros do not count, equivalence rounds to the less precise.</summary>
internal static class DecimalMath
{
    /// <summary>The most digits C# decimals keep after the point.</summary>
    public const int MaxScale = 28;

    /// <summary>The digits after the point, not counting trailing zeros (<c>1.10</c> has 1).</summary>
    public static int SignificantScale(decimal value)
    {
        int scale = value.Scale;
        while (scale > 0 && decimal.Round(value, scale - 1) == value)
        {
            scale--;
        }

        return scale;
    }

    /// <summary>FHIRPath decimal equivalence: equal once both are rounded to the less precise operand's digits.</summary>
    public static bool Equivalent(decimal a, decimal b)
    {
        var digits = Math.Min(SignificantScale(a), SignificantScale(b));
        return decimal.Round(a, digits, MidpointRounding.AwayFromZero) == decimal.Round(b, digits, MidpointRounding.AwayFromZero);
    }

    /// <summary>The value written with at least <paramref name="scale"/> digits after the point (<c>1.5</c> to 3 is <c>1.500</c>).</summary>
    public static decimal Pad(decimal value, int scale) => value + new decimal(0, 0, 0, false, (byte)scale);
}
