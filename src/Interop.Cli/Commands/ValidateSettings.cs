namespace Interop.Cli.Commands;

/// <summary>What <c>interop validate</c> was told, besides the files.</summary>
/// <param name="Profiles">Profiles to validate every file against, besides its type and <c>meta.profile</c>.</param>
/// <param name="Packages">Package folders or <c>.tgz</c> files loaded after the core package.</param>
/// <param name="Version">The FHIR version's command-line name, or null to detect it per file.</param>
/// <param name="Cache">The package cache holding the core packages; null when it could not be found.</param>
internal sealed record ValidateSettings(IReadOnlyList<string> Profiles, IReadOnlyList<string> Packages, string? Version, string? Cache);
