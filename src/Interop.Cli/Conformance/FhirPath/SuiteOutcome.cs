namespace Interop.Cli.Conformance.FhirPath;

/// <summary>The outcome of a whole suite run: every test's outcome in suite order, and the counts.</summary>
/// <param name="Suite">The suite's name in reports (<c>fhirpath-r4</c>).</param>
/// <param name="Outcomes">Every test's outcome, in suite order.</param>
internal sealed record SuiteOutcome(string Suite, IReadOnlyList<TestOutcome> Outcomes)
{
    /// <summary>The share of all tests, skipped ones included, that must pass.</summary>
    public const double RequiredPassRatio = 0.98;

    /// <summary>How many tests there are, skipped ones included.</summary>
    public int Total => Outcomes.Count;

    /// <summary>How many passed.</summary>
    public int Passed => Outcomes.Count(o => o.Status == TestStatus.Passed);

    /// <summary>How many were skipped.</summary>
    public int Skipped => Outcomes.Count(o => o.Status == TestStatus.Skipped);

    /// <summary>Passed over total: a skipped test counts as not passed.</summary>
    public double PassRatio => Total == 0 ? 0 : (double)Passed / Total;

    /// <summary>Whether at least <see cref="RequiredPassRatio"/> of the tests passed.</summary>
    public bool MeetsGoal => PassRatio >= RequiredPassRatio;
}
