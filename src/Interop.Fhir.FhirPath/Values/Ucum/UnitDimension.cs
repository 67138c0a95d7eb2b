namespace Interop.Fhir.FhirPath.Values.Ucum;

/// <summary>The exponents of the base quantities a unit measures; units convert only between equal dimensions.</summary>
internal readonly record struct UnitDimension(sbyte Length, sbyte Mass, sbyte Time, sbyte Amount, sbyte Temperature)
{
    public static readonly UnitDimension None = default;

    /// <summary>This dimension times <paramref name="other"/> raised to <paramref name="exponent"/>.</summary>
    public UnitDimension Times(UnitDimension other, int exponent) => new(
        (sbyte)(Length + (other.Length * exponent)),
        (sbyte)(Mass + (other.Mass * exponent)),
        (sbyte)(Time + (other.Time * exponent)),
        (sbyte)(Amount + (other.Amount * exponent)),
        (sbyte)(Temperature + (other.Temperature * exponent)));
}
