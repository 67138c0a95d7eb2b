using Interop.Fhir.Validation.Definitions;

namespace Interop.Fhir.Validation.Packages;

/// <summary>Finds conformance resources by canonical URL (optionally <c>url|version</c>); implementations are thread-safe.</summary>
public interface IConformanceResolver
{
    /// <summary>The model the resources are read with (R4 or STU3).</summary>
    Interop.Fhir.Introspection.ModelInfo Model { get; }

    /// <summary>A StructureDefinition with its snapshot (generated when it shipped a differential only), or null when unknown.</summary>
    StructureDefinitionInfo? FindStructureDefinition(string canonical);

    /// <summary>A ValueSet, CodeSystem or other canonical resource of <paramref name="resourceType"/>, as a model element; null when unknown.</summary>
    Base? FindResource(string resourceType, string canonical);
}
