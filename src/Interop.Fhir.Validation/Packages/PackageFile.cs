namespace Interop.Fhir.Validation.Packages;

/// <summary>One resource file of a package source: its name, format, and a way to read it (again, when parsed later).</summary>
/// <param name="Source">The file path, or <c>package.tgz#package/x.json</c> for a tarball entry.</param>
/// <param name="IsXml">Whether the file is XML (else JSON).</param>
/// <param name="Open">Opens the content; for tarball entries, over the bytes already in memory.</param>
internal sealed record PackageFile(string Source, bool IsXml, Func<Stream> Open)
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
        new(path, IsXmlName(path), () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan));

    /// <summary>A file already in memory.</summary>
    public static PackageFile InMemory(string source, byte[] bytes) =>
        new(source, IsXmlName(source), () => new MemoryStream(bytes, writable: false));

    /// <summary>The whole content.</summary>
    public byte[] ReadAll()
    {
        using var stream = Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static bool IsXmlName(string name) => name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase);
}
