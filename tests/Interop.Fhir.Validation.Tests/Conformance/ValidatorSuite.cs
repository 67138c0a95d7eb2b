using System.Collections.Concurrent;
using Interop.Cli.Conformance;
using Interop.Cli.Conformance.Validator;
using Interop.Engine.Local;

namespace Interop.Fhir.Validation.Tests.Conformance;

/// <summary>
/// The R4 selection of HL7's validator suite from <c>../shared</c>, loaded once, with one runner (and so one loaded core
/// package) for every case; each case's outcome is kept, so the whole-suite test reuses what the per-case tests ran.
/// </summary>
internal static class ValidatorSuite
{
    private static readonly Lazy<ConformancePaths> Paths = new(() =>
        ConformancePaths.ForRepository(RepositoryRoot.FindFrom(AppContext.BaseDirectory) ?? throw new InvalidOperationException("Interop.sln not found above the tests")));

    private static readonly Lazy<IReadOnlyDictionary<string, ValidatorTestCase>> CasesByName = new(() =>
        ValidatorTestSuite.LoadR4(ValidatorTestSuite.ManifestFile(Paths.Value.Shared)).ToDictionary(c => c.Name, StringComparer.Ordinal));

    private static readonly Lazy<ValidatorTestRunner> SharedRunner = new(() => ValidatorConformance.CreateR4Runner(Paths.Value));

    private static readonly ConcurrentDictionary<string, CaseOutcome> Outcomes = new(StringComparer.Ordinal);

    /// <summary>Every selected case's name, in manifest order.</summary>
    public static IEnumerable<string> Names => CasesByName.Value.Keys;

    /// <summary>Every selected case, in manifest order.</summary>
    public static IReadOnlyList<ValidatorTestCase> Cases => [.. CasesByName.Value.Values];

    /// <summary>The outcome of the case called <paramref name="name"/>, run once.</summary>
    public static CaseOutcome Run(string name) => Outcomes.GetOrAdd(name, n => SharedRunner.Value.Run(CasesByName.Value[n]));

    /// <summary>The outcome of every case, in manifest order.</summary>
    public static ValidatorSuiteOutcome RunAll() => new(ValidatorTestSuite.R4Name, [.. Names.Select(Run)]);
}
