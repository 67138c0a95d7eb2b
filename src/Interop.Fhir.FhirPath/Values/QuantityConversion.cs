using Interop.Fhir.FhirPath.Values.Ucum;

namespace Interop.Fhir.FhirPath.Values;

/// <summary>
/// Unit conversion between quantities, implicit (for <c>=</c>, <c>~</c>, ordering and <c>+</c>/<c>-</c>) and explicit
/// (<c>toQuantity(unit)</c>). Calendar weeks and shorter equal their UCUM units; calendar years and months convert
/// among themselves (and to days by 365 and 30) but are only equivalent, never equal, to UCUM <c>a</c> and <c>mo</c>.
/// Values are scaled by fractions and compared cross-multiplied, so <c>1 'h' = 60 'min'</c> holds exactly.
/// </summary>
internal static class QuantityConversion
{
    /// <summary>
    /// Fractions that bring both values to one unit (<c>value × Numerator / Denominator</c>); false when the units do not
    /// convert (different dimensions, unknown or special units, or calendar years/months against UCUM unless
    /// <paramref name="equivalence"/>).
    /// </summary>
    public static bool TryAlign(
        FhirPathQuantity a, FhirPathQuantity b, bool equivalence,
        out (decimal Numerator, decimal Denominator) left, out (decimal Numerator, decimal Denominator) right)
    {
        left = (1, 1);
        right = (1, 1);
        if (string.Equals(a.Unit, b.Unit, StringComparison.Ordinal))
        {
            return true;
        }

        if (a.Calendar is { } fromCalendar && b.Calendar is { } toCalendar)
        {
            left = CalendarUnits.Factor(fromCalendar, toCalendar);
            return true;
        }

        if (!equivalence && (IsYearOrMonth(a) || IsYearOrMonth(b)))
        {
            return false;
        }

        var leftUnit = UcumUnitOf(a);
        var rightUnit = UcumUnitOf(b);
        if (leftUnit is null || rightUnit is null || leftUnit.IsSpecial || rightUnit.IsSpecial
            || leftUnit.Dimension != rightUnit.Dimension)
        {
            return false;
        }

        left = (leftUnit.Numerator, leftUnit.Denominator);
        right = (rightUnit.Numerator, rightUnit.Denominator);
        return true;
    }

    /// <summary>The ordering of two quantities after implicit conversion, or null when their units do not convert.</summary>
    public static int? Compare(FhirPathQuantity a, FhirPathQuantity b)
    {
        if (string.Equals(a.Unit, b.Unit, StringComparison.Ordinal))
        {
            return a.Value.CompareTo(b.Value);
        }

        if (!TryAlign(a, b, equivalence: false, out var left, out var right))
        {
            return null;
        }

        try
        {
            return (a.Value * left.Numerator * right.Denominator).CompareTo(b.Value * right.Numerator * left.Denominator);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>
    /// FHIRPath <c>~</c> for quantities: the finer value is converted to the coarser unit, then both are compared as
    /// decimals rounded to the less precise. False when the units do not convert.
    /// </summary>
    public static bool Equivalent(FhirPathQuantity a, FhirPathQuantity b)
    {
        if (!TryAlign(a, b, equivalence: true, out var left, out var right))
        {
            return false;
        }

        try
        {
            // a's unit is the coarser when one of it is at least one of b's.
            return left.Numerator * right.Denominator >= right.Numerator * left.Denominator
                ? DecimalMath.Equivalent(a.Value, b.Value * right.Numerator * left.Denominator / (right.Denominator * left.Numerator))
                : DecimalMath.Equivalent(a.Value * left.Numerator * right.Denominator / (left.Denominator * right.Numerator), b.Value);
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>
    /// <paramref name="value"/>'s value in <paramref name="to"/>'s unit (implicit conversion), or null when the units do
    /// not convert.
    /// </summary>
    public static decimal? ValueIn(FhirPathQuantity value, FhirPathQuantity to)
    {
        if (!TryAlign(to, value, equivalence: false, out var target, out var source))
        {
            return null;
        }

        try
        {
            return value.Value * source.Numerator * target.Denominator / (source.Denominator * target.Numerator);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>
    /// <c>toQuantity(unit)</c>: the quantity in <paramref name="unit"/>, or null when it does not convert. A unitless
    /// (<c>'1'</c>) quantity takes the unit as it is. Between calendar and UCUM time units the conversion is done in the
    /// source's system and the unit relabelled, so <c>1 year</c> becomes <c>1 'a'</c> and <c>7 days</c> <c>1 'wk'</c>.
    /// </summary>
    public static FhirPathQuantity? ConvertTo(FhirPathQuantity quantity, string unit)
    {
        var target = new FhirPathQuantity(0, unit);
        if (string.Equals(quantity.Unit, target.Unit, StringComparison.Ordinal))
        {
            return quantity;
        }

        if (quantity.Unit == FhirPathQuantity.DefaultUnit)
        {
            return new FhirPathQuantity(quantity.Value, target.Unit);
        }

        try
        {
            if (quantity.Calendar is { } from)
            {
                if (target.Calendar is not { } to && !CalendarUnits.TryFromUcum(target.Unit, out to))
                {
                    return null;
                }

                var (numerator, denominator) = CalendarUnits.Factor(from, to);
                return new FhirPathQuantity(quantity.Value * numerator / denominator, target.Unit);
            }

            var sourceUnit = UcumUnit.Parse(quantity.Unit);
            var targetUnit = UcumUnitOf(target);
            if (sourceUnit is null || targetUnit is null || sourceUnit.IsSpecial || targetUnit.IsSpecial
                || sourceUnit.Dimension != targetUnit.Dimension)
            {
                return null;
            }

            return new FhirPathQuantity(
                quantity.Value * sourceUnit.Numerator * targetUnit.Denominator / (sourceUnit.Denominator * targetUnit.Numerator),
                target.Unit);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>Whether a quantity's unit is a calendar year or month.</summary>
    public static bool IsYearOrMonth(FhirPathQuantity quantity) =>
        quantity.Calendar is { } calendar && CalendarUnits.IsYearOrMonth(calendar);

    // A calendar unit stands for its UCUM counterpart here; callers have already kept years and months apart where needed.
    private static UcumUnit? UcumUnitOf(FhirPathQuantity quantity) =>
        UcumUnit.Parse(quantity.Calendar is { } calendar ? CalendarUnits.UcumCode(calendar) : quantity.Unit);
}
