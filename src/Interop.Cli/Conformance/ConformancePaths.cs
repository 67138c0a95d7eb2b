namespace Interop.Cli.Conformance;

/// <summary>Where the suites find their files.</summary>
/// <param name="Packages">The FHIR package cache, holding <c>hl7.fhir.r4.examples/package/</c> and <c>hl7.fhir.r3.examples/package/</c>.</param>
/// <param name="Shared">The shared data folder, holding <c>fhir-test-cases/</c> and <c>nhs/</c>.</param>
internal sealed record ConformancePaths(string Packages, string Shared)
{
    /// <summary>The defaults for a repository: <c>.cache/fhir</c> inside it and <c>../shared</c> beside it.</summary>
    public static ConformancePaths ForRepository(string repositoryRoot) => new(
        Path.Combine(repositoryRoot, ".cache", "fhir"),
        Path.GetFullPath(Path.Combine(repositoryRoot, "..", "shared")));
}
