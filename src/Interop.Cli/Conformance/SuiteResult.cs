namespace Interop.Cli.Conformance;

/// <summary>What one suite's run found.</summary>
/// <param name="Suite">The suite's name.</param>
/// <param name="Passed">How many resources round-tripped unchanged.</param>
/// <param name="Total">How many resources were tried (skipped files not counted).</param>
/// <param name="Failures">The files that failed, by path.</param>
/// <param name="Skips">The files left out as not FHIR resources, by path.</param>
internal sealed record SuiteResult(string Suite, int Passed, int Total, IReadOnlyList<FileOutcome> Failures, IReadOnlyList<FileOutcome> Skips);
