namespace Interop.Cli.Conformance.FhirPath;

/// <summary>How a suite test ended.</summary>
internal enum TestStatus
{
    /// <summary>The engine did what the test expects.</summary>
    Passed,

    /// <summary>The engine gave another result or error than the test expects.</summary>
    Failed,

    /// <summary>The test is on the skip list and was not run.</summary>
    Skipped,
}
