namespace Interop.Cli.Conformance;

/// <summary>Runs suites over all their files in parallel and gathers the results.</summary>
internal static class ConformanceRunner
{
    /// <summary>Runs <paramref name="suites"/>; results come in the order given, files sorted by path.</summary>
    public static IReadOnlyList<SuiteResult> Run(IReadOnlyList<RoundTripSuite> suites)
    {
        var work = suites
            .SelectMany(suite => suite.Files.Where(f => f.SkipReason is null).Select(file => (Suite: suite, File: file)))
            .ToArray();
        var reasons = new string?[work.Length];

        // Each item writes only its own slot, so the results need no locking.
        Parallel.For(0, work.Length, i => reasons[i] = Check(work[i].Suite, work[i].File));

        var failuresBySuite = work.Zip(reasons)
            .Where(pair => pair.Second is not null)
            .ToLookup(pair => pair.First.Suite.Name, pair => new FileOutcome(pair.First.File.RelativePath, pair.Second!));

        return suites.Select(suite =>
        {
            var total = suite.Files.Count(f => f.SkipReason is null);
            var failures = failuresBySuite[suite.Name].ToList();
            var skips = suite.Files.Where(f => f.SkipReason is not null).Select(f => new FileOutcome(f.RelativePath, f.SkipReason!)).ToList();
            return new SuiteResult(suite.Name, total - failures.Count, total, failures, skips);
        }).ToList();
    }

    /// <summary>Why the round trip of <paramref name="file"/> does not hold (an exception included), or null when it does.</summary>
    public static string? Check(RoundTripSuite suite, SuiteFile file)
    {
        try
        {
            return suite.Run(file);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Parsers never throw for bad input, so this is a bug to report against this file; the other files still run.
            return $"exception {exception.GetType().Name}: {exception.Message} {FirstFrame(exception)}";
        }
    }

    private static string FirstFrame(Exception exception) =>
        exception.StackTrace?.Split('\n', 2)[0].Trim() ?? "";
}
