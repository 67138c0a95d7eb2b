namespace Interop.Cli.Conformance;

/// <summary>Writes suite results as text: one summary line per suite, then every failure, then every skipped file.</summary>
internal static class RoundTripReport
{
    /// <summary>Writes <paramref name="results"/> to <paramref name="output"/>.</summary>
    public static void Write(IReadOnlyList<SuiteResult> results, TextWriter output)
    {
        foreach (var result in results)
        {
            output.WriteLine($"{result.Suite}: {result.Passed}/{result.Total} passed");
        }

        foreach (var result in results)
        {
            foreach (var failure in result.Failures)
            {
                output.WriteLine($"  FAIL {result.Suite} {failure.RelativePath}: {failure.Reason}");
            }
        }

        foreach (var result in results)
        {
            foreach (var skip in result.Skips)
            {
                output.WriteLine($"  SKIP {result.Suite} {skip.RelativePath}: {skip.Reason}");
            }
        }
    }
}
