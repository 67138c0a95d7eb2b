using Interop.Fhir.Introspection;

namespace Interop.Cli.Conformance;

/// <summary>One file a suite reads, with the FHIR version to read it with.</summary>
/// <param name="RelativePath">The path shown in reports and test names, with forward slashes.</param>
/// <param name="FullPath">Where the file is.</param>
/// <param name="Model">The FHIR version of the file.</param>
/// <param name="SkipReason">Why the file is not a FHIR resource and is left out, or null.</param>
internal sealed record SuiteFile(string RelativePath, string FullPath, ModelInfo Model, string? SkipReason);
