namespace Interop.Cli.Conformance.FhirPath;

/// <summary>Writes a suite outcome as text: the summary line, then every failure, then every skip with its reason.</summary>
internal static class SuiteReport
{
    /// <summary>Writes <paramref name="outcome"/>; <paramref name="verbose"/> adds the group and each error's message.</summary>
    public static void Write(SuiteOutcome outcome, TextWriter output, bool verbose)
    {
        output.WriteLine($"{outcome.Suite}: {outcome.Passed}/{outcome.Total} passed ({outcome.Skipped} skipped)");
        foreach (var failure in outcome.Outcomes.Where(o => o.Status == TestStatus.Failed))
        {
            output.WriteLine($"  FAIL {Name(failure, verbose)}: {OneLine(failure.Test.Expression)} — {failure.Reason}");
            if (verbose && failure.Detail is not null)
            {
                output.WriteLine($"       {OneLine(failure.Detail)}");
            }
        }

        foreach (var skip in outcome.Outcomes.Where(o => o.Status == TestStatus.Skipped))
        {
            output.WriteLine($"  SKIP {Name(skip, verbose)}: {skip.Reason}");
        }
    }

    private static string Name(TestOutcome outcome, bool verbose) =>
        verbose ? $"{outcome.Test.Group}/{outcome.Test.Id}" : outcome.Test.Id;

    // Some suite expressions span lines (comment tests); a report line stays one line.
    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
