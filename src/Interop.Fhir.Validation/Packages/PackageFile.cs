namespace Interop.Fhir.Validation.Packages;

/// <summary>One resource file of a package source: its name, format, and a way to get its bytes (again, when parsed later).</summary>
/// <param name="Source">The file path, or <c>package.tgz#package/x.json</c> for a tarball entry.</param>
/// <param name="IsXml">Whether the file is XML (else JSON).</param>
/// <param name="Content">Reads the bytes; for tarball entries, the bytes already in memory.</param>
internal sealed record PackageFile(string Source, bool IsXml, Func<byte[]> Content)
{
    /// <summary>Whether a file of this name can hold a resource: <c>.json</c> or <c>.xml</c>, not the package manifest or index.</summary>
    public static bool IsResourceFileName(string name)
    {
        var fileName = Path.GetFileName(name);
        return !fileName.StartsWith('.')
            && !fileName.Equals("package.json", StringComparison.OrdinalIgnoreCase)
            && (fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A file on disk.</summary>
    public static PackageFile OnDisk(string path) =>
        new(path, path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase), () => File.ReadAllBytes(path));
}
