namespace Interop.Functions.Fhir;

/// <summary>Where each FHIR version is served, and which version a request path belongs to.</summary>
internal static class FhirPaths
{
    /// <summary>The FHIR R4 base path.</summary>
    public const string R4 = "/fhir/R4";

    /// <summary>The FHIR STU3 base path.</summary>
    public const string Stu3 = "/fhir/STU3";

    /// <summary>The version whose base the path is under; R4 for every other path, as it is the version most clients speak.</summary>
    public static FhirRelease ReleaseOf(PathString path) =>
        // Routing matches paths case-insensitively, so errors must pick the version the same way.
        path.StartsWithSegments(Stu3, StringComparison.OrdinalIgnoreCase) ? FhirRelease.Stu3 : FhirRelease.R4;
}
