namespace Interop.CodeGen;

/// <summary>How FHIR names become C# names.</summary>
internal static class Naming
{
    // Primitive names that would collide with C# keywords or common System types.
    private static readonly Dictionary<string, string> PrimitiveClassNames = new(StringComparer.Ordinal)
    {
        ["string"] = "FhirString",
        ["boolean"] = "FhirBoolean",
        ["decimal"] = "FhirDecimal",
        ["uri"] = "FhirUri",
        ["url"] = "FhirUrl",
        ["dateTime"] = "FhirDateTime",
        ["xhtml"] = "XHtml",
    };

    public static string ClassName(string fhirName, string kind) =>
        kind == "Primitive" && PrimitiveClassNames.TryGetValue(fhirName, out var special) ? special : Pascal(fhirName);

    public static string PropertyName(string elementName, string className)
    {
        var name = Pascal(elementName);
        return name == className ? name + "Element" : name;
    }

    public static string Pascal(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    public static string JsonKind(string fhirName) => fhirName switch
    {
        "boolean" => "Boolean",
        "integer" or "positiveInt" or "unsignedInt" or "decimal" or "integer64" => "Number",
        _ => "String",
    };

    public static string ValueClrType(string fhirName) => fhirName switch
    {
        "boolean" => "bool",
        "integer" or "positiveInt" or "unsignedInt" => "int",
        "integer64" => "long",
        "decimal" => "decimal",
        _ => "string",
    };
}
