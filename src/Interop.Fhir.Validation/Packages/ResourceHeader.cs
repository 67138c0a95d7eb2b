namespace Interop.Fhir.Validation.Packages;

/// <summary>What a package index needs from a resource, read without parsing it.</summary>
/// <param name="ResourceType">The resource type.</param>
/// <param name="Url">The canonical URL; null for resources that have none.</param>
/// <param name="Version">The business version, if any.</param>
/// <param name="FhirVersion">The <c>fhirVersion</c> a StructureDefinition declares, if any.</param>
internal readonly record struct ResourceHeader(string ResourceType, string? Url, string? Version, string? FhirVersion);
