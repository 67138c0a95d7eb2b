using Interop.Fhir.FhirPath.Evaluation;
using Interop.Fhir.Introspection;
using Interop.Fhir.Navigation;

namespace Interop.Fhir.FhirPath.Functions;

/// <summary>
/// <c>resolve()</c> without a server: <c>#id</c> finds a contained resource, anything else an entry of the enclosing Bundle
/// (or of a Bundle inside it) by its full URL or by type and id. References that point outside are not followed and resolve to nothing.
/// </summary>
internal static class ReferenceResolver
{
    /// <summary>The resources the references in <paramref name="focus"/> point to, where they are at hand.</summary>
    public static IReadOnlyList<object> Resolve(EvaluationScope scope, IReadOnlyList<object> focus)
    {
        var resource = scope.Environment.Resource ?? (scope.Input.Count == 1 ? scope.Input[0] as Base : null);
        var root = scope.Environment.RootResource ?? resource;
        var bundle = scope.Environment.Bundle ?? root;
        var results = default(ResultBuilder);
        for (var i = 0; i < focus.Count; i++)
        {
            scope.Step();
            if (ReferenceText(focus[i]) is { Length: > 0 } reference && Find(scope, reference, resource, root, bundle) is { } target)
            {
                results.Add(target);
            }
        }

        return results.ToCollection();
    }

    private static string? ReferenceText(object item) => item switch
    {
        Base { ClassMapping.Name: "Reference" } reference => reference.Text("reference"),
        IPrimitive primitive => primitive.RawValue,
        string text => text,
        _ => null,
    };

    private static Base? Find(EvaluationScope scope, string reference, Base? resource, Base? root, Base? bundle)
    {
        if (reference[0] == '#')
        {
            return reference.Length == 1 ? resource : Contained(resource, reference[1..]) ?? Contained(root, reference[1..]);
        }

        return bundle is not null && bundle.TypeName() == "Bundle" ? InBundle(scope, bundle, reference, TypeAndId(reference)) : null;
    }

    // Entries of Bundles nested in the Bundle (an ITK message carries its document as one) are searched too.
    private static Base? InBundle(EvaluationScope scope, Base bundle, string reference, (string? Type, string? Id) key)
    {
        foreach (var entry in bundle.Children("entry"))
        {
            scope.Step();
            if (entry.Child("resource") is not { } target)
            {
                continue;
            }

            if (string.Equals(entry.Text("fullUrl"), reference, StringComparison.Ordinal)
                || (key.Type is not null && target.TypeName() == key.Type && target.Text("id") == key.Id))
            {
                return target;
            }

            if (target.TypeName() == "Bundle" && InBundle(scope, target, reference, key) is { } nested)
            {
                return nested;
            }
        }

        return null;
    }

    private static Base? Contained(Base? resource, string id)
    {
        foreach (var contained in resource.Children("contained"))
        {
            if (contained.Text("id") == id)
            {
                return contained;
            }
        }

        return null;
    }

    // "Patient/123", "http://server/fhir/Patient/123" and ".../Patient/123/_history/2" all name Patient 123.
    private static (string? Type, string? Id) TypeAndId(string reference)
    {
        var parts = reference.Split('/');
        var end = parts.Length;
        if (end >= 4 && parts[end - 2] == "_history")
        {
            end -= 2;
        }

        return end >= 2 && parts[end - 2].Length > 0 && char.IsUpper(parts[end - 2][0]) ? (parts[end - 2], parts[end - 1]) : (null, null);
    }
}
