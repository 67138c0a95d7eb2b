using System.Collections.Frozen;

namespace Interop.Fhir.Introspection;

/// <summary>All the types of one FHIR version, found by name.</summary>
public abstract class ModelInfo
{
    private readonly FrozenDictionary<string, ClassMapping>.AlternateLookup<ReadOnlySpan<char>> _byName;

    /// <summary>Registers the version's types.</summary>
    protected ModelInfo(string fhirVersion, string packageId, IEnumerable<ClassMapping> types)
    {
        FhirVersion = fhirVersion;
        PackageId = packageId;
        var byName = types.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);
        Types = byName.Values;
        _byName = byName.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The FHIR version, e.g. <c>4.0.1</c>.</summary>
    public string FhirVersion { get; }

    /// <summary>The package the model was generated from, e.g. <c>hl7.fhir.r4.examples#4.0.1</c>.</summary>
    public string PackageId { get; }

    /// <summary>Every type, including backbone elements.</summary>
    public IReadOnlyCollection<ClassMapping> Types { get; }

    /// <summary>Finds a type by FHIR name (<c>Patient</c>, <c>string</c>, <c>Bundle.entry</c>).</summary>
    public ClassMapping? FindClass(ReadOnlySpan<char> name) => _byName.TryGetValue(name, out var m) ? m : null;

    /// <summary>Finds a concrete resource type by name.</summary>
    public ClassMapping? FindResource(ReadOnlySpan<char> name) =>
        FindClass(name) is { Kind: ClassKind.Resource, IsAbstract: false } m ? m : null;
}
