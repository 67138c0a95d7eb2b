using Interop.Fhir.Navigation;
using Interop.Fhir.Serialization;
using Interop.Fhir.Validation.Definitions;

namespace Interop.Fhir.Validation.Validation;

/// <summary>References: what they resolve to inside the resource, its Bundle or its Parameters, and the target's type.</summary>
internal sealed partial class ValidationRun
{
    // The references of a document's Composition whose targets the document SHALL include (R4 documents, "Document Content").
    private static readonly HashSet<string> DocumentContentPaths = new(StringComparer.Ordinal)
    {
        "Composition.subject", "Composition.encounter", "Composition.author", "Composition.attester.party", "Composition.custodian",
        "Composition.relatesTo.target[x]", "Composition.event.detail", "Composition.section.author", "Composition.section.focus",
        "Composition.section.entry",
    };

    // The Bundle entry each resource of the validated Bundle (and of Bundles inside it) is in, built when first needed.
    private Dictionary<Base, (BundleEntries Bundle, BundleEntry Entry)>? _entries;

    private void CheckReference(Base reference, ElementInfo definition, string location, Base resource)
    {
        if (reference.Text("reference") is not { Length: > 0 } target)
        {
            return;
        }

        var model = validator.Resolver.Model;
        var matches = target.StartsWith('#') ? Contained(reference, resource) : AtHand(target, resource);
        if (matches.Count > 1)
        {
            Report(IssueSeverity.Error, IssueType.Invalid, ValidationCodes.AmbiguousReference,
                $"The reference matches {matches.Count} entries of the Bundle (the same fullUrl without a version to choose one).", location);
            return;
        }

        var named = RestfulUrl.Parse(target, model);
        if (matches.Count == 0)
        {
            if (MustResolve(target, definition, resource))
            {
                Report(IssueSeverity.Error, IssueType.NotFound, ValidationCodes.UnresolvedReference,
                    target.StartsWith('#') ? "The reference names no contained resource." : "The reference resolves to nothing inside the resource or its Bundle.", location);
                return;
            }

            CheckTargetType(named?.Type, definition, location);
            return;
        }

        var targetType = matches[0].ClassMapping.Name;
        if (named is not null && named.Type != targetType)
        {
            Report(IssueSeverity.Error, IssueType.Invalid, ValidationCodes.ReferenceTypeMismatch,
                $"The reference names a {named.Type}, but what it resolves to is a {targetType}.", location);
        }

        CheckTargetType(targetType, definition, location);
    }

    private void CheckTargetType(string? targetType, ElementInfo definition, string location)
    {
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

    // `#id` names a contained resource of the resource (or of its container), `#` the container itself: FHIRPath's resolve() knows how.
    private List<Base> Contained(Base reference, Base resource) =>
        [.. validator.FhirPath.Compile("resolve()").Evaluate(reference, EnvironmentFor(resource)).OfType<Base>().Take(1)];

    // What a reference that is not `#id` resolves to: entries of the Bundle the resource is in (then of the Bundles around
    // that one, as an ITK message carries its document as an entry), else resources of the Parameters it is in.
    private List<Base> AtHand(string target, Base resource)
    {
        var holder = _rootResources.GetValueOrDefault(resource, resource);
        while (Entries().TryGetValue(holder, out var at))
        {
            var matches = at.Bundle.Resolve(target, at.Entry.FullUrl, validator.Resolver.Model);
            if (matches.Count > 0)
            {
                return [.. matches.Select(m => m.Resource)];
            }

            holder = at.Bundle.Bundle;
        }

        return root.ClassMapping.Name == "Parameters" && RestfulUrl.Parse(target, validator.Resolver.Model) is { Base: null } url
            ? [.. ParameterResources(root).Where(r => r.ClassMapping.Name == url.Type && r.Text("id") == url.Id)]
            : [];
    }

    private static IEnumerable<Base> ParameterResources(Base parameters) =>
        parameters.Children("parameter").SelectMany(ParameterResourcesOfPart);

    private static IEnumerable<Base> ParameterResourcesOfPart(Base parameter) =>
        parameter.Children("resource").Concat(parameter.Children("part").SelectMany(ParameterResourcesOfPart));

    // Whether a reference that resolves to nothing is an error: a `#id` always is; a urn: names an entry of a message or
    // document by definition; the Composition's references name what a document SHALL include; and an operator may ask
    // that every reference not to a server (relative or urn:) resolve inside what is validated.
    private bool MustResolve(string target, ElementInfo definition, Base resource)
    {
        if (target.StartsWith('#'))
        {
            return true;
        }

        var holder = _rootResources.GetValueOrDefault(resource, resource);
        var bundles = EnclosingBundles(holder).ToList();
        if (target.StartsWith("urn:", StringComparison.Ordinal) && (IsMessageOrDocument(root) || bundles.Any(b => b.Type is "message" or "document")))
        {
            return true;
        }

        if (bundles.Count > 0 && bundles[0] is { Type: "document" } document && document.Entries.Count > 0
            && ReferenceEquals(document.Entries[0].Resource, holder) && DocumentContentPaths.Contains(definition.Path))
        {
            return true;
        }

        return validator.Options.ResolveReferences
            && (target.StartsWith("urn:", StringComparison.Ordinal) || RestfulUrl.Parse(target, validator.Resolver.Model) is { Base: null });
    }

    private IEnumerable<BundleEntries> EnclosingBundles(Base resource)
    {
        for (var holder = resource; Entries().TryGetValue(holder, out var at); holder = at.Bundle.Bundle)
        {
            yield return at.Bundle;
        }
    }

    private Dictionary<Base, (BundleEntries Bundle, BundleEntry Entry)> Entries()
    {
        if (_entries is null)
        {
            _entries = new Dictionary<Base, (BundleEntries, BundleEntry)>(ReferenceEqualityComparer.Instance);
            if (root.ClassMapping.Name == "Bundle")
            {
                Index(BundleEntries.Of(root));
            }
        }

        return _entries;
    }

    private void Index(BundleEntries bundle)
    {
        foreach (var entry in bundle.Entries)
        {
            _entries![entry.Resource] = (bundle, entry);
            if (entry.Resource.ClassMapping.Name == "Bundle")
            {
                Index(BundleEntries.Of(entry.Resource));
            }
        }
    }

    private static bool IsMessageOrDocument(Base resource) =>
        resource.ClassMapping.Name == "Bundle" && resource.Text("type") is "message" or "document";
}
