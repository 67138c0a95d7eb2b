using System.Globalization;

namespace Interop.Fhir.FhirPath.Values;

/// <summary>
/// A FHIRPath <c>System.Quantity</c>: a decimal value and a unit, either a UCUM code (<c>mg</c>, <c>'1'</c> for none) or a
/// calendar duration keyword (<c>day</c>), which is kept singular whichever way it was written.
/// </summary>
public sealed class FhirPathQuantity
{
    /// <summary>Creates a quantity; a calendar keyword in <paramref name="unit"/>, plural or not, becomes a calendar duration.</summary>
    public FhirPathQuantity(decimal value, string unit)
    {
        Value = value;
        if (CalendarUnits.TryParse(unit, out var calendar))
        {
            Calendar = calendar;
            Unit = CalendarUnits.Name(calendar);
        }
        else
        {
            Unit = unit.Length == 0 ? DefaultUnit : unit;
        }
    }

    /// <summary>The unit of a quantity that has none, UCUM's unity.</summary>
    public const string DefaultUnit = "1";

    /// <summary>The value.</summary>
    public decimal Value { get; }

    /// <summary>The UCUM code, or the singular calendar keyword.</summary>
    public string Unit { get; }

    /// <summary>Whether the unit is a calendar duration keyword (<c>4 days</c>) rather than UCUM (<c>4 'd'</c>).</summary>
    public bool IsCalendarDuration => Calendar.HasValue;

    internal CalendarUnit? Calendar { get; }

    /// <summary>The FHIRPath text: <c>4 'mg'</c> for UCUM units, <c>4 days</c> and <c>1 day</c> for calendar durations.</summary>
    public override string ToString()
    {
        var value = Value.ToString(CultureInfo.InvariantCulture);
        if (Calendar is { } calendar)
        {
            return $"{value} {(Math.Abs(Value) == 1 ? CalendarUnits.Name(calendar) : CalendarUnits.Plural(calendar))}";
        }

        return $"{value} '{Unit}'";
    }
}
