namespace Interop.Fhir.FhirPath.Values;

/// <summary>The implicit conversions operators apply between numbers and to quantities (unit <c>'1'</c>).</summary>
internal static class ImplicitConversion
{
    /// <summary>Whether a value is an Integer, Long or Decimal.</summary>
    public static bool IsNumber(object value) => value is int or long or decimal;

    /// <summary>An Integer, Long or Decimal as a decimal.</summary>
    public static decimal ToDecimal(object number) => number switch
    {
        int i => i,
        long l => l,
        _ => (decimal)number,
    };

    /// <summary>Two quantities, or a quantity and a number taken as a quantity of unit <c>'1'</c>.</summary>
    public static bool TryGetQuantities(object a, object b, out FhirPathQuantity left, out FhirPathQuantity right)
    {
        left = a as FhirPathQuantity ?? (IsNumber(a) && b is FhirPathQuantity ? Unitless(a) : null!);
        right = b as FhirPathQuantity ?? (IsNumber(b) && a is FhirPathQuantity ? Unitless(b) : null!);
        return left is not null && right is not null;
    }

    private static FhirPathQuantity Unitless(object number) => new(ToDecimal(number), FhirPathQuantity.DefaultUnit);
}
