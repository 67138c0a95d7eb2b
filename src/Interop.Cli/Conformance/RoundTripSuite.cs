namespace Interop.Cli.Conformance;

/// <summary>A named round trip over the files of one or more sources.</summary>
internal sealed class RoundTripSuite(string name, IReadOnlyList<SuiteSource> sources, IRoundTrip roundTrip)
{
    /// <summary>The suite's name, as in reports and <c>--suite</c>.</summary>
    public string Name { get; } = name;

    /// <summary>Where the files come from.</summary>
    public IReadOnlyList<SuiteSource> Sources { get; } = sources;

    /// <summary>Every file of every source, non-resources included (with a skip reason).</summary>
    public IEnumerable<SuiteFile> Files => Sources.SelectMany(s => s.Files);

    /// <summary>Why the round trip of <paramref name="file"/> does not hold, or null when it does.</summary>
    public string? Run(SuiteFile file) => roundTrip.Run(File.ReadAllBytes(file.FullPath), file.Model);
}
