namespace Interop.Benchmarks;

/// <summary>The inputs the benchmarks measure: the R4 examples package installed by scripts/fetch-fhir-packages.sh.</summary>
internal static class Corpus
{
    /// <summary>The repository's root folder, the one holding Interop.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string PackageFolder { get; } = Path.Combine(Root, ".cache", "fhir", "hl7.fhir.r4.examples", "package");

    /// <summary>The 35 MB Bundle of every R4 resource definition.</summary>
    public static byte[] ResourcesBundle() => File.ReadAllBytes(Path.Combine(PackageFolder, "Bundle-resources.json"));

    /// <summary>Every JSON resource of the package (5,306 files), excluding package metadata.</summary>
    public static byte[][] Examples() =>
    [
        .. Directory.EnumerateFiles(PackageFolder, "*.json")
            .Where(f => Path.GetFileName(f) is not ("package.json" or ".index.json"))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes),
    ];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Interop.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository (Interop.sln not found).");
    }
}
