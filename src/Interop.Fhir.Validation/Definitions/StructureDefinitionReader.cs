using Interop.Fhir.Navigation;

namespace Interop.Fhir.Validation.Definitions;

/// <summary>Reads a StructureDefinition of either FHIR version (STU3 or R4 model element) into a <see cref="StructureDefinitionInfo"/>.</summary>
internal static class StructureDefinitionReader
{
    /// <summary>Reads <paramref name="definition"/>, a StructureDefinition of the store's model.</summary>
    public static StructureDefinitionInfo Read(Base definition)
    {
        var url = definition.Text("url") ?? "";
        return new StructureDefinitionInfo
        {
            Url = url,
            Version = definition.Text("version"),
            Name = definition.Text("name") ?? definition.Text("id") ?? "",
            Type = definition.Text("type") ?? "",
            Kind = definition.Text("kind") ?? "",
            Abstract = definition.Text("abstract") == "true",
            BaseDefinition = definition.Text("baseDefinition"),
            Derivation = definition.Text("derivation"),
            FhirVersion = definition.Text("fhirVersion"),
            Contexts = ReadContexts(definition),
            ContextInvariants = [.. definition.Children("contextInvariant").OfType<IPrimitive>().Select(p => p.RawValue).OfType<string>()],
            Snapshot = ReadElements(definition.Child("snapshot"), url),
            Differential = ReadElements(definition.Child("differential"), url),
        };
    }

    private static ElementInfo[] ReadElements(Base? holder, string url)
    {
        var ids = new ElementIds();
        return [.. holder.Children("element").Select(e =>
        {
            var path = e.Text("path") ?? "";
            return ElementDefinitionReader.Read(e, ids.Next(path, e.Text("sliceName"), e.Text("id")), url);
        })];
    }

    private static ExtensionContextInfo[] ReadContexts(Base definition)
    {
        // STU3: contextType (resource | datatype | extension) applies to every context string.
        var stu3Type = definition.Text("contextType") switch
        {
            null => null,
            "extension" => "extension",
            _ => "element",
        };
        return [.. definition.Children("context").Select(context => context is IPrimitive primitive
            ? new ExtensionContextInfo(stu3Type ?? "element", primitive.RawValue ?? "")
            : new ExtensionContextInfo(context.Text("type") ?? "element", context.Text("expression") ?? ""))];
    }
}
