using Interop.Fhir.Introspection;

namespace Interop.Cli.Conformance;

/// <summary>A folder of files of one format and FHIR version that suites read; the listing is made once and shared.</summary>
internal sealed class SuiteSource
{
    private readonly Lazy<IReadOnlyList<SuiteFile>> _files;

    /// <summary>Creates a source.</summary>
    /// <param name="directory">The folder to read.</param>
    /// <param name="displayBase">The folder that file paths in reports are relative to.</param>
    /// <param name="format">The format of the files.</param>
    /// <param name="recursive">Whether sub-folders are read too.</param>
    /// <param name="model">The FHIR version of the files.</param>
    public SuiteSource(string directory, string displayBase, SourceFormat format, bool recursive, ModelInfo model)
    {
        Directory = directory;
        _files = new Lazy<IReadOnlyList<SuiteFile>>(() => List(displayBase, format, recursive, model));
    }

    /// <summary>The folder read.</summary>
    public string Directory { get; }

    /// <summary>Whether the folder is there.</summary>
    public bool Exists => System.IO.Directory.Exists(Directory);

    /// <summary>The files, sorted by relative path, non-resources marked with a skip reason.</summary>
    public IReadOnlyList<SuiteFile> Files => _files.Value;

    private List<SuiteFile> List(string displayBase, SourceFormat format, bool recursive, ModelInfo model)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = recursive, MatchCasing = MatchCasing.CaseSensitive, AttributesToSkip = 0 };
        var pattern = format == SourceFormat.Json ? "*.json" : "*.xml";
        return System.IO.Directory.EnumerateFiles(Directory, pattern, options)
            .Select(path => new SuiteFile(
                Path.GetRelativePath(displayBase, path).Replace(Path.DirectorySeparatorChar, '/'),
                path,
                model,
                format == SourceFormat.Json ? JsonResourceSniffer.SkipReason(path) : XmlResourceSniffer.SkipReason(path)))
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal)
            .ToList();
    }
}
