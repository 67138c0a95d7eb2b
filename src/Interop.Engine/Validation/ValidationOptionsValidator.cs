using Microsoft.Extensions.Options;

namespace Interop.Engine.Validation;

/// <summary>
/// Refuses to start validating without what validation needs: each FHIR version's core package (all base definitions
/// come from it, so validating without it would refuse every message), the configured packages and absolute profile URLs.
/// </summary>
internal sealed class ValidationOptionsValidator : IValidateOptions<ValidationOptions>
{
    public ValidateOptionsResult Validate(string? name, ValidationOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var errors = new List<string>();
        foreach (var version in ValidationPackages.Versions)
        {
            var prefix = $"{ValidationOptions.SectionName}:{version}";
            if (ValidationPackages.CoreFolder(options, version) is null)
            {
                errors.Add($"The FHIR {version} core package is not installed: run scripts/fetch-fhir-packages.sh, set {ValidationOptions.SectionName}:PackageCache to the package cache, or set {ValidationOptions.SectionName}:Enabled to false.");
            }

            var settings = options.For(version);
            errors.AddRange(settings.Packages
                .Where(p => !Directory.Exists(p) && !File.Exists(p))
                .Select(p => $"{prefix}:Packages names '{p}', which does not exist."));
            errors.AddRange(settings.Profiles
                .SelectMany(e => e.Value.Select(profile => (Event: e.Key, Profile: profile)))
                .Where(p => !Uri.TryCreate(p.Profile, UriKind.Absolute, out _))
                .Select(p => $"{prefix}:Profiles:{p.Event} has '{p.Profile}', which is not an absolute URL."));
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
