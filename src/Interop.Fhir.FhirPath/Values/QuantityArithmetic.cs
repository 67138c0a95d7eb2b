using Interop.Fhir.FhirPath.Values.Ucum;

namespace Interop.Fhir.FhirPath.Values;

/// <summary>
/// Quantity <c>+</c>, <c>-</c>, <c>*</c> and <c>/</c>. Sums take the left operand's unit, converting the right one;
/// products and quotients combine UCUM terms (<c>cm</c> × <c>cm</c> is <c>cm2</c>, <c>g</c> / <c>m</c> is <c>g/m</c>).
/// Null (empty) where units do not combine: unconvertible sums, calendar units in products, unknown or special units.
/// A unitless (<c>'1'</c>) operand adopts the other's unit.
/// </summary>
internal static class QuantityArithmetic
{
    public static FhirPathQuantity? Add(FhirPathQuantity a, FhirPathQuantity b, bool subtract)
    {
        decimal? right = string.Equals(a.Unit, b.Unit, StringComparison.Ordinal) || a.Unit == FhirPathQuantity.DefaultUnit || b.Unit == FhirPathQuantity.DefaultUnit
            ? b.Value
            : QuantityConversion.IsYearOrMonth(a) || QuantityConversion.IsYearOrMonth(b)
                ? null // the calendar factors for years and months are approximate; the spec asks for an explicit toQuantity()
                : QuantityConversion.ValueIn(b, a);
        if (right is not { } value)
        {
            return null;
        }

        var unit = a.Unit == FhirPathQuantity.DefaultUnit ? b.Unit : a.Unit;
        try
        {
            return new FhirPathQuantity(subtract ? a.Value - value : a.Value + value, unit);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    public static FhirPathQuantity? Multiply(FhirPathQuantity a, FhirPathQuantity b, bool divide)
    {
        if (divide && b.Value == 0)
        {
            return null;
        }

        try
        {
            var value = divide ? a.Value / b.Value : a.Value * b.Value;
            if (b.Unit == FhirPathQuantity.DefaultUnit)
            {
                return new FhirPathQuantity(value, a.Unit);
            }

            if (a.Unit == FhirPathQuantity.DefaultUnit && !divide)
            {
                return new FhirPathQuantity(value, b.Unit);
            }

            var left = a.IsCalendarDuration ? null : UcumUnit.Parse(a.Unit);
            var right = b.IsCalendarDuration ? null : UcumUnit.Parse(b.Unit);
            if (left is null || right is null || left.IsSpecial || right.IsSpecial)
            {
                return null;
            }

            var (unit, numerator, denominator) = Combine(left.Terms, right.Terms, divide);
            return new FhirPathQuantity(value * numerator / denominator, unit);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>
    /// Multiplies (or divides) term lists: a right term merges into a left one of the same atom, taking its prefix (so
    /// cm × m is cm2, with the value scaled by 100), and terms whose exponents cancel drop out.
    /// </summary>
    private static (string Unit, decimal Numerator, decimal Denominator) Combine(UcumTerm[] left, UcumTerm[] right, bool divide)
    {
        var terms = new List<UcumTerm>(left);
        decimal numerator = 1, denominator = 1;
        foreach (var term in right)
        {
            var exponent = divide ? -term.Exponent : term.Exponent;
            // The same symbol always merges (m/m cancels); the same atom under another prefix merges only when both sit
            // on the same side, so cm × m is cm2 but mg/kg stays a dose per body weight.
            var index = terms.FindIndex(t => t.Atom == term.Atom && t.Annotation == term.Annotation
                && (t.Prefix == term.Prefix || Math.Sign(t.Exponent) == Math.Sign(exponent)));
            if (index < 0)
            {
                terms.Add(term with { Exponent = exponent });
                continue;
            }

            var existing = terms[index];
            if (existing.Prefix != term.Prefix)
            {
                // One of term's symbol is (its prefix / existing's prefix) of existing's symbol.
                var (termNumerator, termDenominator) = PrefixFactor(term.Prefix);
                var (existingNumerator, existingDenominator) = PrefixFactor(existing.Prefix);
                for (var i = 0; i < Math.Abs(exponent); i++)
                {
                    if (exponent > 0)
                    {
                        numerator *= termNumerator * existingDenominator;
                        denominator *= termDenominator * existingNumerator;
                    }
                    else
                    {
                        numerator *= termDenominator * existingNumerator;
                        denominator *= termNumerator * existingDenominator;
                    }
                }
            }

            terms[index] = existing with { Exponent = existing.Exponent + exponent };
        }

        terms.RemoveAll(t => t.Exponent == 0);
        return (UcumUnit.Format(terms), numerator, denominator);
    }

    private static (decimal Numerator, decimal Denominator) PrefixFactor(string prefix) =>
        prefix.Length == 0 ? (1, 1) : UcumAtoms.Prefixes[prefix];
}
