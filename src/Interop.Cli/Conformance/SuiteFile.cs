using Interop.Fhir.Introspection;

namespace Interop.Cli.Conformance;

/// <summary>One file a suite reads, with the FHIR version to read it with.</summary>
/// <param name="RelativePath">The path shown in reports and test names, with forward slashes.</param>
/// <param name="FullPath">Where the file is.</param>
/// <param name="Model">The FHIR version of the file.</param>
/// <param name="NotResourceReason">Why the file is not a FHIR resource at all, or null.</param>
/// <param name="KnownInvalid">Why the file is known not to be valid FHIR, or null.</param>
internal sealed record SuiteFile(string RelativePath, string FullPath, ModelInfo Model, string? NotResourceReason, KnownInvalidExample? KnownInvalid)
{
    /// <summary>Why the file is left out of the suite, or null when it is run.</summary>
    public string? SkipReason => NotResourceReason ?? KnownInvalid?.SkipReason;
}
