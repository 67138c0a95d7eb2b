using System.Globalization;
using Interop.Fhir.FhirPath.Values;
using Interop.Fhir.Introspection;
using Interop.Fhir.Navigation;

namespace Interop.Fhir.FhirPath.Evaluation;

/// <summary>Turns model elements into the System values operators and functions work on.</summary>
internal static class SystemValue
{
    /// <summary>
    /// The System value of an item: a FHIR primitive becomes its value (null when it has none), a FHIR Quantity becomes a
    /// <see cref="FhirPathQuantity"/>, any other element and any System value is returned as it is.
    /// </summary>
    public static object? Of(object item) => item switch
    {
        IPrimitive primitive => OfPrimitive((Base)item, primitive),
        Base element when IsQuantity(element.ClassMapping) => OfQuantity(element),
        _ => item,
    };

    /// <summary>Whether a type is FHIR's Quantity or one of its profiles (Age, Duration, SimpleQuantity...).</summary>
    public static bool IsQuantity(ClassMapping type)
    {
        for (var t = type; t is not null; t = t.BaseMapping)
        {
            if (t.Kind == ClassKind.Complex && t.Name == "Quantity")
            {
                return true;
            }
        }

        return false;
    }

    private static object? OfPrimitive(Base element, IPrimitive primitive)
    {
        if (!primitive.HasValue)
        {
            return null;
        }

        var text = primitive.RawValue!;
        return element.ClassMapping.Name switch
        {
            "boolean" => text == "true",
            "integer" or "positiveInt" or "unsignedInt" => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i : null,
            "integer64" => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l : null,
            "decimal" => decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null,
            "date" => FhirPathDate.TryParse(text, out var date) ? date : null,
            "dateTime" or "instant" => FhirPathDateTime.TryParse(text, out var dateTime) ? dateTime : null,
            "time" => FhirPathTime.TryParse(text, out var time) ? time : null,
            _ => text,
        };
    }

    private static FhirPathQuantity? OfQuantity(Base quantity)
    {
        if (quantity.Child("value") is not { } element || Of(element) is not decimal value)
        {
            return null;
        }

        // A UCUM code is the unit that conversions understand; the human-readable unit is only a fallback.
        var code = quantity.Text("code");
        var unit = code is not null && quantity.Text("system") is null or "http://unitsofmeasure.org" ? code : quantity.Text("unit") ?? code;
        return new FhirPathQuantity(value, unit ?? "1");
    }
}
