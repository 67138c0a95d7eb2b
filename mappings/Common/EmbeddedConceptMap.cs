using Interop.Fhir.R4;
using Interop.Fhir.Serialization.Json;

namespace Interop.Mappings.Common;

/// <summary>Reads the ConceptMaps the flows embed in the assembly: the reviewed JSON file is the table the code applies.</summary>
internal static class EmbeddedConceptMap
{
    /// <summary>The ConceptMap embedded as <paramref name="fileName"/> (<c>ConceptMap-….json</c>); throws when it is missing or invalid.</summary>
    public static ConceptMap Load(string fileName)
    {
        var assembly = typeof(EmbeddedConceptMap).Assembly;
        var resourceName = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith("." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidDataException($"The ConceptMap {fileName} is not embedded.");
        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        var parsed = new FhirJsonParser(FhirModel.Instance).Parse(stream);
        return !parsed.HasErrors && parsed.Resource is ConceptMap map
            ? map
            : throw new InvalidDataException($"The ConceptMap {fileName} is not a valid R4 ConceptMap.");
    }
}
