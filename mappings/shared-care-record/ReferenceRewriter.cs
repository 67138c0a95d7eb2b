using System.Collections;
using Interop.Fhir;
using Interop.Fhir.Introspection;
using Interop.Fhir.R4;

namespace Interop.Mappings.SharedCareRecord;

/// <summary>Points every reference between the message's resources at the transaction's fullUrls.</summary>
/// <param name="targets">Source fullUrl or <c>Type/id</c> → transaction fullUrl; a null value marks a resource that is not written.</param>
/// <param name="issues">Where unresolved references are reported.</param>
internal sealed class ReferenceRewriter(IReadOnlyDictionary<string, string?> targets, List<SharedCareRecordIssue> issues)
{
    /// <summary>Rewrites the references inside <paramref name="resource"/>, which came from the source entry <paramref name="location"/>.</summary>
    public void Rewrite(Base resource, string location) => Visit(resource, location);

    private void Visit(Base element, string location)
    {
        if (element is Reference reference)
        {
            Resolve(reference, location);
        }

        foreach (var property in element.ClassMapping.Properties)
        {
            switch (property.Get(element))
            {
                case IList list:
                    foreach (var child in list.OfType<Base>().Where(IsStructured))
                    {
                        Visit(child, location);
                    }

                    break;
                case Base child when IsStructured(child):
                    Visit(child, location);
                    break;
            }
        }
    }

    private static bool IsStructured(Base element) => element.ClassMapping.Kind != ClassKind.Primitive;

    private void Resolve(Reference reference, string location)
    {
        var text = reference.ReferenceElement?.Value;
        if (text is null || text.StartsWith('#'))
        {
            return;
        }

        if (targets.TryGetValue(text, out var fullUrl))
        {
            // A reference to a resource that is not written is already explained by that resource's own issue.
            if (fullUrl is not null)
            {
                reference.ReferenceElement = new FhirString(fullUrl);
            }

            return;
        }

        if (IsExternal(text))
        {
            return;
        }

        issues.Add(new SharedCareRecordIssue(
            SharedCareRecordIssueCodes.UnresolvedReference,
            IsError: true,
            $"A reference points to a resource that is not in the message ({ReferenceKind(text)}).",
            location));
    }

    // Absolute http(s) references that are no entry's fullUrl name a server's resource, and are left as they are.
    private static bool IsExternal(string text) =>
        text.StartsWith("http://", StringComparison.Ordinal) || text.StartsWith("https://", StringComparison.Ordinal);

    private static string ReferenceKind(string text) => text.StartsWith("urn:", StringComparison.Ordinal) ? "urn" : text.Split('/')[0];
}
