using System.Globalization;

namespace Interop.Fhir.Validation.Validation;

/// <summary>Compares a primitive's text with an element's <c>minValue[x]</c> or <c>maxValue[x]</c>.</summary>
internal static class ValueBounds
{
    /// <summary>
    /// Below zero when <paramref name="value"/> is less than <paramref name="bound"/>, above when greater; null when the two
    /// cannot be compared: a bound that is not a primitive (a Quantity), text that is not a number, or dates and times given
    /// to different precisions.
    /// </summary>
    public static int? Compare(string value, Base bound)
    {
        if (bound is not IPrimitive { RawValue: { } limit })
        {
            return null;
        }

        if (bound.ClassMapping.Name is "decimal" or "integer" or "integer64" or "positiveInt" or "unsignedInt")
        {
            return decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                && decimal.TryParse(limit, NumberStyles.Float, CultureInfo.InvariantCulture, out var limitNumber)
                    ? number.CompareTo(limitNumber)
                    : null;
        }

        // ISO 8601 text of one precision and no differing offsets orders as its characters do.
        return value.Length == limit.Length && !value.Contains('+', StringComparison.Ordinal) && !value.EndsWith('Z')
            ? Math.Sign(string.CompareOrdinal(value, limit))
            : null;
    }
}
