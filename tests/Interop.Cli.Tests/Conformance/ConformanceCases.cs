using Interop.Engine.Local;
using Interop.Cli.Conformance;

namespace Interop.Cli.Tests.Conformance;

/// <summary>
/// The CLI's round-trip suites as xunit data. A case per file would be ~28,000 cases whose xunit
/// overhead alone took a minute, so a case is a group of files: the resource type a package file's
/// name starts with (<c>Patient-example.json</c>), or the folder of a shared XML file. The assertion
/// lists every failing file of the group.
/// </summary>
public static class ConformanceCases
{
    /// <summary>The folders of this repository's suites.</summary>
    internal static ConformancePaths Paths { get; } = ConformancePaths.ForRepository(
        RepositoryRoot.FindFrom(AppContext.BaseDirectory) ?? throw new InvalidOperationException("The tests must run inside the repository."));

    private static readonly Lazy<RoundTripSuites> Suites = new(() => new RoundTripSuites(Paths));

    /// <summary>The groups of resource files of <paramref name="suite"/>.</summary>
    public static TheoryData<string> Groups(string suite)
    {
        var roundTrip = Suites.Value[suite];
        var missing = roundTrip.Sources.FirstOrDefault(s => !s.Exists);
        if (missing is not null)
        {
            throw new DirectoryNotFoundException($"{missing.Directory} is missing: run scripts/fetch-fhir-packages.sh");
        }

        return new TheoryData<string>(Resources(roundTrip).Select(GroupOf).Distinct().Order(StringComparer.Ordinal));
    }

    /// <summary>The relative paths of the files of <paramref name="suite"/> known not to be valid FHIR.</summary>
    public static TheoryData<string> KnownInvalid(string suite) =>
        new(Suites.Value[suite].Files.Where(f => f.KnownInvalid is not null).Select(f => f.RelativePath));

    /// <summary>The file of <paramref name="suite"/> at <paramref name="relativePath"/>.</summary>
    internal static SuiteFile File(string suite, string relativePath) =>
        Suites.Value[suite].Files.Single(f => f.RelativePath == relativePath);

    /// <summary>Every file of <paramref name="group"/> in <paramref name="suite"/> whose round trip does not hold, with the reason.</summary>
    public static IReadOnlyList<string> Failures(string suite, string group)
    {
        var roundTrip = Suites.Value[suite];
        return Resources(roundTrip)
            .Where(f => GroupOf(f) == group)
            .Select(f => ConformanceRunner.Check(roundTrip, f) is { } reason ? $"{f.RelativePath}: {reason}" : null)
            .OfType<string>()
            .ToList();
    }

    private static IEnumerable<SuiteFile> Resources(RoundTripSuite suite) => suite.Files.Where(f => f.SkipReason is null);

    private static string GroupOf(SuiteFile file)
    {
        var folder = Path.GetDirectoryName(file.RelativePath);
        if (!string.IsNullOrEmpty(folder))
        {
            return folder.Replace(Path.DirectorySeparatorChar, '/');
        }

        var dash = file.RelativePath.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 ? file.RelativePath[..dash] : Path.GetFileNameWithoutExtension(file.RelativePath);
    }
}
