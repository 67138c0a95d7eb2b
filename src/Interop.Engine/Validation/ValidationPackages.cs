using Interop.Engine.Messages;
using Interop.Fhir.Validation.Packages;

namespace Interop.Engine.Validation;

/// <summary>Where the validator's packages for one FHIR version are: the core package first, then the configured ones.</summary>
internal static class ValidationPackages
{
    /// <summary>The FHIR versions the engine validates.</summary>
    public static IReadOnlyList<string> Versions { get; } = [FhirVersions.Stu3, FhirVersions.R4];

    /// <summary>The core package folder of <paramref name="fhirVersion"/>, or null when it is not installed.</summary>
    public static string? CoreFolder(ValidationOptions options, string fhirVersion)
    {
        var model = FhirVersions.Model(fhirVersion);
        if (options.PackageCache is { } cache)
        {
            var folder = CorePackages.Folder(Path.GetFullPath(cache), model);
            return File.Exists(Path.Combine(folder, "package.json")) ? folder : null;
        }

        try
        {
            return CorePackages.Folder(model);
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The sources to load for <paramref name="fhirVersion"/>, the core package first so its definitions win.</summary>
    /// <exception cref="DirectoryNotFoundException">The core package is not installed (the options check at start prevents it).</exception>
    public static IReadOnlyList<string> Sources(ValidationOptions options, string fhirVersion) =>
    [
        CoreFolder(options, fhirVersion) ?? throw new DirectoryNotFoundException($"The FHIR {fhirVersion} core package is not installed."),
        .. options.For(fhirVersion).Packages.Select(Path.GetFullPath),
    ];
}
