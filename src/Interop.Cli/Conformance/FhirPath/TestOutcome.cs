namespace Interop.Cli.Conformance.FhirPath;

/// <summary>How one suite test ended, and why when it did not pass.</summary>
/// <param name="Test">The test.</param>
/// <param name="Status">Whether it passed, failed or was skipped.</param>
/// <param name="Reason">For a failure what was expected and what came instead; for a skip the skip list's reason; null when passed.</param>
/// <param name="Detail">For a failure with an exception, its message; shown with <c>--verbose</c>.</param>
internal sealed record TestOutcome(FhirPathTestCase Test, TestStatus Status, string? Reason = null, string? Detail = null);
