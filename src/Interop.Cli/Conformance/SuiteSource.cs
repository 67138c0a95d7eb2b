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
    /// <param name="knownInvalid">Files known not to be valid FHIR, by relative path, with the reason to skip them.</param>
    public SuiteSource(string directory, string displayBase, SourceFormat format, bool recursive, ModelInfo model, IReadOnlyDictionary<string, KnownInvalidExample> knownInvalid)
    {
        Directory = directory;
        _files = new Lazy<IReadOnlyList<SuiteFile>>(() => List(displayBase, format, recursive, model, knownInvalid));
    }

    /// <summary>The folder read.</summary>
    public string Directory { get; }

    /// <summary>Whether the folder is there.</summary>
    public bool Exists => System.IO.Directory.Exists(Directory);

    /// <summary>The files, sorted by relative path; non-resources and known invalid files carry a skip reason.</summary>
    public IReadOnlyList<SuiteFile> Files => _files.Value;

    private List<SuiteFile> List(string displayBase, SourceFormat format, bool recursive, ModelInfo model, IReadOnlyDictionary<string, KnownInvalidExample> knownInvalid)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = recursive, MatchCasing = MatchCasing.CaseSensitive, AttributesToSkip = 0 };
        var pattern = format == SourceFormat.Json ? "*.json" : "*.xml";
        return System.IO.Directory.EnumerateFiles(Directory, pattern, options)
            .Select(path => (Full: path, Relative: Path.GetRelativePath(displayBase, path).Replace(Path.DirectorySeparatorChar, '/')))
            .Select(file => new SuiteFile(
                file.Relative,
                file.Full,
                model,
                format == SourceFormat.Json ? JsonResourceSniffer.SkipReason(file.Full) : XmlResourceSniffer.SkipReason(file.Full),
                knownInvalid.GetValueOrDefault(file.Relative)))
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal)
            .ToList();
    }
}
