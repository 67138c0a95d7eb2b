using System.Collections;
using Interop.Fhir;
using Interop.Fhir.R4;

namespace Interop.Mappings.Common;

/// <summary>Finds and rewrites the References inside an R4 resource.</summary>
internal static class References
{
    /// <summary>Every Reference in <paramref name="element"/>, however deep (contained resources included).</summary>
    public static IEnumerable<Reference> All(Base element)
    {
        foreach (var property in element.ClassMapping.Properties)
        {
            switch (property.Get(element))
            {
                case Reference reference:
                    yield return reference;
                    foreach (var inner in All(reference))
                    {
                        yield return inner;
                    }

                    break;
                case IList list:
                    foreach (var item in list.OfType<Base>())
                    {
                        if (item is Reference listed)
                        {
                            yield return listed;
                        }

                        foreach (var inner in All(item))
                        {
                            yield return inner;
                        }
                    }

                    break;
                case Base child when child is not IPrimitive:
                    foreach (var inner in All(child))
                    {
                        yield return inner;
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// Points every reference <paramref name="resolve"/> knows at its new full URL; a reference to a resource left out of the
    /// message keeps only its identifier and display, so no message carries a reference it cannot resolve.
    /// </summary>
    public static void Rewrite(Resource resource, Func<string, string?> resolve)
    {
        foreach (var reference in All(resource).ToList())
        {
            if (reference.ReferenceElement?.Value is not { } target || target.StartsWith('#'))
            {
                continue;
            }

            if (resolve(target) is { } fullUrl)
            {
                reference.ReferenceElement = new FhirString(fullUrl);
                continue;
            }

            reference.ReferenceElement = null;
            if (reference.Identifier is null && reference.Display is null)
            {
                reference.Display = new FhirString("Not included in this message");
            }
        }
    }
}
