using Interop.Fhir.Introspection;

namespace Interop.Cli.Validation;

/// <summary>Where the core definitions of each FHIR version are in the package cache (<c>scripts/fetch-fhir-packages.sh</c> puts them there).</summary>
internal static class CorePackages
{
    /// <summary>The folder of <paramref name="model"/>'s core package under the cache <paramref name="cacheFolder"/>.</summary>
    public static string Folder(string cacheFolder, ModelInfo model) => Path.Combine(
        cacheFolder,
        model == Interop.Fhir.Stu3.FhirModel.Instance ? "hl7.fhir.r3.examples" : "hl7.fhir.r4.examples",
        "package");
}
