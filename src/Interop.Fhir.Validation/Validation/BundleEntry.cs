namespace Interop.Fhir.Validation.Validation;

/// <summary>One entry of a Bundle that has a resource, as reference resolution needs it.</summary>
/// <param name="Index">The entry's position in <c>Bundle.entry</c>.</param>
/// <param name="FullUrl">The entry's fullUrl, or null.</param>
/// <param name="VersionId">The resource's <c>meta.versionId</c>, or null.</param>
/// <param name="Resource">The entry's resource.</param>
internal sealed record BundleEntry(int Index, string? FullUrl, string? VersionId, Base Resource);
