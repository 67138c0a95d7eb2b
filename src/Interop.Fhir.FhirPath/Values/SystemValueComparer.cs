namespace Interop.Fhir.FhirPath.Values;

/// <summary>
/// FHIRPath <c>=</c>, <c>~</c> and ordering for two System values (<see cref="bool"/>, <see cref="int"/>,
/// <see cref="long"/>, <see cref="decimal"/>, <see cref="string"/>, dates, times and quantities), with the implicit
/// conversions Integer → Long → Decimal → Quantity (unit <c>'1'</c>) and Date → DateTime.
/// </summary>
internal static partial class SystemValueComparer
{
    /// <summary>
    /// FHIRPath <c>=</c>: true or false, or null (empty) when the answer is unknown — dates of different precision,
    /// date-times of which only one has an offset, quantities whose units do not convert. Values of unrelated types are
    /// not equal.
    /// </summary>
    public static bool? Equal(object a, object b)
    {
        if (a is int i && b is int j)
        {
            return i == j;
        }

        if (a is string s && b is string t)
        {
            return string.Equals(s, t, StringComparison.Ordinal);
        }

        if (ImplicitConversion.IsNumber(a) && ImplicitConversion.IsNumber(b))
        {
            return CompareNumbers(a, b) == 0;
        }

        if (a is bool p && b is bool q)
        {
            return p == q;
        }

        if (TryGetParts(a, b, out var left, out var right, out var timeOnly))
        {
            return CompareParts(left, right, timeOnly) is { } order ? order == 0 : null;
        }

        if (ImplicitConversion.TryGetQuantities(a, b, out var x, out var y))
        {
            return QuantityConversion.Compare(x, y) is { } order ? order == 0 : null;
        }

        return false;
    }

    /// <summary>
    /// FHIRPath <c>~</c>: strings ignoring case and treating any whitespace as alike, decimals rounded to the less
    /// precise, dates of different precision not equivalent, quantities converted. Never unknown.
    /// </summary>
    public static bool Equivalent(object a, object b)
    {
        if (a is int i && b is int j)
        {
            return i == j;
        }

        if (a is string s && b is string t)
        {
            return StringsEquivalent(s, t);
        }

        if (ImplicitConversion.IsNumber(a) && ImplicitConversion.IsNumber(b))
        {
            return a is decimal || b is decimal ? DecimalMath.Equivalent(ImplicitConversion.ToDecimal(a), ImplicitConversion.ToDecimal(b)) : CompareNumbers(a, b) == 0;
        }

        if (a is bool p && b is bool q)
        {
            return p == q;
        }

        if (TryGetParts(a, b, out var left, out var right, out var timeOnly))
        {
            return ComparablePrecision(left.Precision) == ComparablePrecision(right.Precision)
                && CompareParts(left, right, timeOnly) == 0;
        }

        return ImplicitConversion.TryGetQuantities(a, b, out var x, out var y) && QuantityConversion.Equivalent(x, y);
    }

    /// <summary>
    /// The ordering of two values (negative, zero, positive), or null when it is unknown (dates of different precision,
    /// quantities whose units do not convert).
    /// </summary>
    /// <exception cref="FhirPathException"><see cref="FhirPathErrorCodes.WrongOperandType"/> for values that cannot be ordered against each other, such as booleans or a string and a number.</exception>
    public static int? Compare(object a, object b)
    {
        if (a is int i && b is int j)
        {
            return i.CompareTo(j);
        }

        if (a is string s && b is string t)
        {
            return Math.Sign(string.CompareOrdinal(s, t));
        }

        if (ImplicitConversion.IsNumber(a) && ImplicitConversion.IsNumber(b))
        {
            return CompareNumbers(a, b);
        }

        if (TryGetParts(a, b, out var left, out var right, out var timeOnly))
        {
            return CompareParts(left, right, timeOnly);
        }

        if (ImplicitConversion.TryGetQuantities(a, b, out var x, out var y))
        {
            return QuantityConversion.Compare(x, y) is { } order ? Math.Sign(order) : null;
        }

        throw new FhirPathException(
            FhirPathErrorCodes.WrongOperandType, $"Cannot compare {SystemTypes.NameOf(a)} with {SystemTypes.NameOf(b)}.");
    }



    private static int CompareNumbers(object a, object b) => a is decimal || b is decimal
        ? ImplicitConversion.ToDecimal(a).CompareTo(ImplicitConversion.ToDecimal(b))
        : (a is int i ? i : (long)a).CompareTo(b is int j ? j : (long)b);


    private static bool StringsEquivalent(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var k = 0; k < a.Length; k++)
        {
            char c = a[k], d = b[k];
            if (c != d
                && !(char.IsWhiteSpace(c) && char.IsWhiteSpace(d))
                && char.ToUpperInvariant(c) != char.ToUpperInvariant(d)
                && char.ToLowerInvariant(c) != char.ToLowerInvariant(d))
            {
                return false;
            }
        }

        return true;
    }
}
