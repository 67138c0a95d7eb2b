using System.Globalization;
using Interop.Fhir;
using Interop.Fhir.FhirPath.Values;

namespace Interop.Cli.Conformance.FhirPath;

/// <summary>A result item as the suite would write it: its type name and its value as text.</summary>
/// <param name="Type">The FHIR type name of a model element (<c>code</c>, <c>HumanName</c>) or the System type's suite name (<c>boolean</c>, <c>Quantity</c>).</param>
/// <param name="Text">The value: a primitive's lexical text, a System value's FHIRPath text, or the type in braces for a complex element.</param>
internal sealed record ActualItem(string Type, string Text)
{
    /// <summary>Describes one item of a FHIRPath result collection.</summary>
    public static ActualItem Of(object item) => item switch
    {
        Base element when element is IPrimitive primitive => new(element.ClassMapping.Name, primitive.RawValue ?? "(no value)"),
        Base element => new(element.ClassMapping.Name, $"{{{element.ClassMapping.Name}}}"),
        bool value => new("boolean", value ? "true" : "false"),
        int value => new("integer", value.ToString(CultureInfo.InvariantCulture)),
        long value => new("long", value.ToString(CultureInfo.InvariantCulture)),
        decimal value => new("decimal", value.ToString(CultureInfo.InvariantCulture)),
        string value => new("string", value),
        FhirPathDate value => new("date", value.ToString()),
        FhirPathDateTime value => new("dateTime", value.ToString()),
        FhirPathTime value => new("time", value.ToString()),
        FhirPathQuantity value => new("Quantity", value.ToString()),
        _ => new(item.GetType().Name, item.ToString() ?? ""),
    };

    /// <inheritdoc />
    public override string ToString() => $"{Type} {Text}";
}
