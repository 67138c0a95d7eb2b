using Interop.Fhir.Introspection;

namespace Interop.Fhir.Validation.Packages;

/// <summary>Finds the core FHIR definitions package that <c>scripts/fetch-fhir-packages.sh</c> installs in the repository's <c>.cache/fhir</c>.</summary>
public static class CorePackages
{
    /// <summary>
    /// The <c>package</c> folder of the core package for <paramref name="model"/> (<c>hl7.fhir.r4.examples</c> or
    /// <c>hl7.fhir.r3.examples</c>), looked for above the current folder and above the program.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The package is not installed.</exception>
    public static string Folder(ModelInfo model)
    {
        var name = PackageName(model);
        var relative = Path.Combine(".cache", "fhir", name, "package");
        foreach (var start in (string[])[Environment.CurrentDirectory, AppContext.BaseDirectory])
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, relative);
                if (File.Exists(Path.Combine(candidate, "package.json")))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException($"{name} is not installed: run scripts/fetch-fhir-packages.sh in the repository.");
    }

    /// <summary>The <c>package</c> folder of <paramref name="model"/>'s core package under the package cache <paramref name="cacheFolder"/>.</summary>
    public static string Folder(string cacheFolder, ModelInfo model) => Path.Combine(cacheFolder, PackageName(model), "package");

    private static string PackageName(ModelInfo model) =>
        PackageLoader.SameRelease(model.FhirVersion, "3.0.0") ? "hl7.fhir.r3.examples" : "hl7.fhir.r4.examples";
}
