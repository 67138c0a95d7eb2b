using System.Text.Json;

namespace Interop.CodeGen;

/// <summary>The StructureDefinitions of an unpacked FHIR npm package.</summary>
internal sealed record FhirPackage(string Id, string FhirVersion, IReadOnlyList<JsonElement> StructureDefinitions)
{
    public static FhirPackage Load(string folder)
    {
        var root = Directory.Exists(Path.Combine(folder, "package")) ? Path.Combine(folder, "package") : folder;
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, "package.json")));
        var name = manifest.RootElement.GetProperty("name").GetString()!;
        var version = manifest.RootElement.GetProperty("version").GetString()!;
        var definitions = Directory.EnumerateFiles(root, "StructureDefinition-*.json")
            .Order(StringComparer.Ordinal)
            .Select(f => JsonDocument.Parse(File.ReadAllBytes(f)).RootElement)
            .ToList();
        var fhirVersion = definitions.Select(d => d.TryGetProperty("fhirVersion", out var v) ? v.GetString() : null)
            .First(v => v is not null)!;
        return new FhirPackage($"{name}#{version}", fhirVersion, definitions);
    }
}
