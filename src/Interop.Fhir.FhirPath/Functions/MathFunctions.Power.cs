using Interop.Fhir.FhirPath.Evaluation;

namespace Interop.Fhir.FhirPath.Functions;

/// <summary>power(): exact for whole exponents, through double otherwise.</summary>
internal static partial class MathFunctions
{
    private static IReadOnlyList<object> Power(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments)
    {
        if (Number(focus, "power()") is not { } value || Number(arguments[0], "power()") is not { } exponent)
        {
            return Collection.Empty;
        }

        // Integers to a whole power stay Integers (Longs stay Longs); a negative power of an Integer is a Decimal.
        if (value is int or long && exponent is int or long && Convert.ToInt64(exponent) is var whole and >= 0)
        {
            if (IntegerPower(Convert.ToInt64(value), whole) is not { } result)
            {
                return Collection.Empty;
            }

            return value is long ? Collection.Of(result)
                : result is >= int.MinValue and <= int.MaxValue ? IntegerResult.Of((int)result)
                : Collection.Empty;
        }

        var power = ToDecimal(exponent);
        if (power == decimal.Truncate(power) && power >= int.MinValue && power <= int.MaxValue)
        {
            return DecimalPower(ToDecimal(value), (int)power) is { } exact ? Collection.Of(exact) : Collection.Empty;
        }

        return FromDouble(Math.Pow(ToDouble(value), (double)power));
    }

    // Exponentiation by squaring; null when the result overflows.
    private static long? IntegerPower(long value, long exponent)
    {
        try
        {
            checked
            {
                var result = 1L;
                for (; exponent > 0; exponent >>= 1)
                {
                    if ((exponent & 1) == 1)
                    {
                        result *= value;
                    }

                    if (exponent > 1)
                    {
                        value *= value;
                    }
                }

                return result;
            }
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    // Exponentiation by squaring in decimal, exact where double would not be (2.5 ^ 2 is 6.25); null on overflow or 0 ^ -n.
    private static decimal? DecimalPower(decimal value, int exponent)
    {
        try
        {
            var result = 1m;
            for (var n = Math.Abs((long)exponent); n > 0; n >>= 1)
            {
                if ((n & 1) == 1)
                {
                    result *= value;
                }

                if (n > 1)
                {
                    value *= value;
                }
            }

            return exponent < 0 ? 1m / result : result;
        }
        catch (Exception e) when (e is OverflowException or DivideByZeroException)
        {
            return null;
        }
    }
}
