using Interop.Fhir.Navigation;
using Interop.Fhir.Serialization;
using Interop.Fhir.Validation.Definitions;

namespace Interop.Fhir.Validation.Validation;

/// <summary>References (target types, resolution inside message and document Bundles) and the Bundle rules.</summary>
internal sealed partial class ValidationRun
{
    private void CheckReference(Base reference, ElementInfo definition, string location, Base resource)
    {
        if (reference.Text("reference") is not { Length: > 0 } target)
        {
            return;
        }

        var targetType = TargetType(target, reference, resource);
        if (target.StartsWith('#') && targetType is null)
        {
            Report(IssueSeverity.Error, IssueType.NotFound, ValidationCodes.UnresolvedReference, "The reference names no contained resource.", location);
            return;
        }

        if (targetType is null && IsMessageOrDocument(root) && target.StartsWith("urn:", StringComparison.Ordinal))
        {
            Report(IssueSeverity.Error, IssueType.NotFound, ValidationCodes.UnresolvedReference, "The reference resolves to no entry of the Bundle.", location);
            return;
        }

        var allowed = definition.Types.Where(t => t.Code == "Reference").SelectMany(t => t.TargetProfiles).ToList();
        if (targetType is null || allowed.Count == 0)
        {
            return;
        }

        // A target profile no package here has (CareConnect-Encounter-1) could be of any type: nothing to refute.
        var allowedTypes = allowed.Select(p => FhirValidator.CoreTypeOf(p) ?? validator.Tree(p)?.Definition.Type).ToList();
        if (!allowedTypes.Contains(targetType) && !allowedTypes.Contains("Resource") && !allowedTypes.Contains(null))
        {
            Report(IssueSeverity.Error, IssueType.Structure, ValidationCodes.ReferenceTargetType,
                $"{definition.Path} may refer to {string.Join(", ", allowedTypes.Where(t => t is not null))}, not {targetType}.", location);
        }
    }

    // The type of what a reference points to: what FHIRPath's resolve() finds (contained, this Bundle or one inside it),
    // else the type named in a relative or absolute URL (`Patient/1`, `.../Patient/1/_history/2`).
    private string? TargetType(string target, Base reference, Base resource)
    {
        if (validator.FhirPath.Compile("resolve()").Evaluate(reference, EnvironmentFor(resource)) is [Base found, ..])
        {
            return found.ClassMapping.Name;
        }

        if (target.StartsWith('#'))
        {
            return null;
        }

        var parts = target.Split('/');
        var end = parts.Length >= 4 && parts[^2] == "_history" ? parts.Length - 2 : parts.Length;
        return end >= 2 && validator.Resolver.Model.FindResource(parts[end - 2]) is { } type ? type.Name : null;
    }

    private static bool IsMessageOrDocument(Base resource) =>
        resource.ClassMapping.Name == "Bundle" && resource.Text("type") is "message" or "document";

    private void CheckBundle(Base bundle, string location)
    {
        var entries = bundle.Children("entry").ToList();
        var type = bundle.Text("type");
        if (type is not ("history" or "searchset"))
        {
            // The same resource may appear in several versions: a fullUrl repeats legitimately with different meta.versionIds.
            var seen = new HashSet<(string, string?)>();
            for (var i = 0; i < entries.Count; i++)
            {
                if (entries[i].Text("fullUrl") is { } fullUrl && !seen.Add((fullUrl, entries[i].Child("resource").Child("meta").Text("versionId"))))
                {
                    Report(IssueSeverity.Error, IssueType.Invalid, ValidationCodes.DuplicateFullUrl, "Two entries have the same fullUrl.", $"{location}.entry[{i}].fullUrl");
                }
            }
        }

        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Text("fullUrl") is { } fullUrl && !Uri.TryCreate(fullUrl, UriKind.Absolute, out _))
            {
                Report(IssueSeverity.Error, IssueType.Invalid, ValidationCodes.RelativeFullUrl, "A fullUrl must be an absolute URL.", $"{location}.entry[{i}].fullUrl");
            }

            if (type == "searchset" && entries[i].Child("resource") is { } found && found.Text("id") is null)
            {
                Report(IssueSeverity.Error, IssueType.Invalid, ValidationCodes.SearchResultWithoutId, "Search results must have ids.", $"{location}.entry[{i}].resource");
            }
        }

        foreach (var repeated in bundle.Children("link").Select(l => l.Text("relation")).Where(r => r is not null).GroupBy(r => r).Where(g => g.Count() > 1))
        {
            Report(IssueSeverity.Error, IssueType.Invalid, ValidationCodes.RepeatedLinkRelation, $"The link relation '{repeated.Key}' may occur only once.", $"{location}.link");
        }

        var first = entries.Count > 0 ? entries[0].Child("resource")?.ClassMapping.Name : null;
        if (type == "message" && first != "MessageHeader")
        {
            Report(IssueSeverity.Error, IssueType.Invalid, ValidationCodes.MessageHeaderNotFirst, "A message Bundle must start with its MessageHeader.", location);
        }
        else if (type == "document" && first != "Composition")
        {
            Report(IssueSeverity.Error, IssueType.Invalid, ValidationCodes.CompositionNotFirst, "A document Bundle must start with its Composition.", location);
        }
    }
}
