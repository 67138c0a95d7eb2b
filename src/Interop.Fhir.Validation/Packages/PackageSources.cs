using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json;

namespace Interop.Fhir.Validation.Packages;

/// <summary>Lists the resource files of a package source: a folder (any nesting, or an npm package with <c>package/</c>), a <c>.tgz</c> npm package, or one resource file.</summary>
internal static class PackageSources
{
    /// <summary>The files of <paramref name="source"/>, in a stable order, and the FHIR versions its manifest declares (empty when it declares none).</summary>
    /// <exception cref="IOException">The source cannot be read.</exception>
    /// <exception cref="InvalidDataException">A <c>.tgz</c> that is not a gzipped tarball.</exception>
    public static (IReadOnlyList<PackageFile> Files, IReadOnlyList<string> FhirVersions) List(string source)
    {
        if (Directory.Exists(source))
        {
            var root = File.Exists(Path.Combine(source, "package", "package.json")) ? Path.Combine(source, "package") : source;
            var manifest = Path.Combine(root, "package.json");
            var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Where(PackageFile.IsResourceFileName)
                .Order(StringComparer.Ordinal)
                .Select(PackageFile.OnDisk)
                .ToList();
            return (files, File.Exists(manifest) ? FhirVersions(File.ReadAllBytes(manifest)) : []);
        }

        if (source.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase) || source.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase))
        {
            return ListTarball(source);
        }

        return File.Exists(source)
            ? ([PackageFile.OnDisk(source)], [])
            : throw new FileNotFoundException("The package source does not exist.", source);
    }

    private static (IReadOnlyList<PackageFile>, IReadOnlyList<string>) ListTarball(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        var files = new List<PackageFile>();
        IReadOnlyList<string> versions = [];
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null)
            {
                continue;
            }

            var name = entry.Name.Replace('\\', '/');
            var isManifest = name.Equals("package/package.json", StringComparison.OrdinalIgnoreCase);
            if (!isManifest && !PackageFile.IsResourceFileName(name))
            {
                continue;
            }

            using var buffer = new MemoryStream();
            entry.DataStream.CopyTo(buffer);
            var bytes = buffer.ToArray();
            if (isManifest)
            {
                versions = FhirVersions(bytes);
            }
            else
            {
                files.Add(PackageFile.InMemory($"{path}#{name}", bytes));
            }
        }

        files.Sort((x, y) => string.CompareOrdinal(x.Source, y.Source));
        return (files, versions);
    }

    // package.json: "fhirVersions": ["4.0.1"] (older packages: "fhir-version-list").
    private static string[] FhirVersions(byte[] manifest)
    {
        try
        {
            using var document = JsonDocument.Parse(manifest);
            foreach (var name in (string[])["fhirVersions", "fhir-version-list"])
            {
                if (document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array)
                {
                    return [.. list.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)];
                }
            }

            return [];
        }
        catch (JsonException)
        {
            // A broken manifest says nothing about the version; the resources are still checked one by one.
            return [];
        }
    }
}
