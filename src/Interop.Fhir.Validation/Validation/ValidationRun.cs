using Interop.Fhir.Navigation;
using Interop.Fhir.Serialization;

namespace Interop.Fhir.Validation.Validation;

/// <summary>One validation of one resource: walks it against element trees and collects issues.</summary>
internal sealed partial class ValidationRun(FhirValidator validator, Base root)
{
    private readonly List<ValidationIssue> _issues = [];

    /// <summary>The issues found, each once (a resource checked against two profiles can break the same base rule twice).</summary>
    public IReadOnlyList<ValidationIssue> DistinctIssues() => [.. _issues.Distinct()];

    /// <summary>Validates a resource at <paramref name="location"/> against its declared profiles and <paramref name="profiles"/>, or its core type.</summary>
    public void ValidateResource(Base resource, string location, IReadOnlyList<string> profiles)
    {
        var type = resource.ClassMapping.Name;
        var declared = resource.Child("meta").Children("profile").Select(p => ((IPrimitive)p).RawValue).OfType<string>();
        var checkedAny = false;
        foreach (var (url, explicitlyAsked) in profiles.Select(p => (p, true)).Concat(declared.Select(p => (p, false))).DistinctBy(p => p.Item1))
        {
            if (validator.Tree(url) is not { } tree)
            {
                // A profile the sender declares but no package here has is not the sender's fault; one the caller asks for is.
                Report(explicitlyAsked ? IssueSeverity.Error : IssueSeverity.Warning, IssueType.NotFound, ValidationCodes.UnknownProfile,
                    $"The profile {url} is not in any loaded package.", location);
                continue;
            }

            if (tree.Definition.Type != type)
            {
                Report(IssueSeverity.Error, IssueType.Invalid, ValidationCodes.ProfileTypeMismatch,
                    $"The profile {url} is for {tree.Definition.Type}, not {type}.", location);
                continue;
            }

            ValidateElement(resource, tree.Root, tree, location, resource);
            checkedAny = true;
        }

        if (!checkedAny && validator.CoreTree(type) is { } core)
        {
            ValidateElement(resource, core.Root, core, location, resource);
        }

        if (type == "Bundle")
        {
            CheckBundle(resource, location);
        }
    }

    private void Report(IssueSeverity severity, IssueType type, string code, string message, string? location) =>
        _issues.Add(new ValidationIssue(severity, type, code, message, location));
}
