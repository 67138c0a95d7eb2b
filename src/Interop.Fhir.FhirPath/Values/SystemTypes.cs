namespace Interop.Fhir.FhirPath.Values;

/// <summary>The FHIRPath System type names of the values that stand for them.</summary>
internal static class SystemTypes
{
    /// <summary>The System type name of a value (<c>Integer</c>, <c>Quantity</c>), or its CLR name for anything else.</summary>
    public static string NameOf(object value) => value switch
    {
        bool => "Boolean",
        int => "Integer",
        long => "Long",
        decimal => "Decimal",
        string => "String",
        FhirPathDate => "Date",
        FhirPathDateTime => "DateTime",
        FhirPathTime => "Time",
        FhirPathQuantity => "Quantity",
        _ => value.GetType().Name,
    };
}
