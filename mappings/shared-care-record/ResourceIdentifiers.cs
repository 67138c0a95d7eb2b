using System.Collections;
using Interop.Fhir.R4;

namespace Interop.Mappings.SharedCareRecord;

/// <summary>Reads and adds business identifiers on any R4 resource, through the model's <c>identifier</c> element.</summary>
internal static class ResourceIdentifiers
{
    /// <summary>The resource's identifiers (DocumentReference's master identifier first); empty when it has none.</summary>
    public static IEnumerable<Identifier> Of(Resource resource)
    {
        if (resource is DocumentReference { MasterIdentifier: { } master })
        {
            yield return master;
        }

        switch (resource.ClassMapping.FindProperty("identifier")?.Get(resource))
        {
            case Identifier single:
                yield return single;
                break;
            case IList list:
                foreach (var identifier in list.OfType<Identifier>())
                {
                    yield return identifier;
                }

                break;
        }
    }

    /// <summary>True when the resource type has an element a business identifier can be written to.</summary>
    public static bool CanHold(Resource resource) => resource.ClassMapping.FindProperty("identifier") is not null;

    /// <summary>The value of the first identifier with <paramref name="system"/>, or null.</summary>
    public static string? Value(Resource resource, string system) =>
        Of(resource).FirstOrDefault(i => i.System?.Value == system && !string.IsNullOrWhiteSpace(i.Value?.Value))?.Value?.Value;

    /// <summary>Makes sure the resource carries <paramref name="system"/>|<paramref name="value"/>, so the conditional search finds it next time.</summary>
    public static void Ensure(Resource resource, string system, string value)
    {
        if (Of(resource).Any(i => i.System?.Value == system && i.Value?.Value == value))
        {
            return;
        }

        var identifier = new Identifier { System = new FhirUri(system), Value = new FhirString(value) };
        if (resource is DocumentReference document)
        {
            document.MasterIdentifier = identifier;
            return;
        }

        var property = resource.ClassMapping.FindProperty("identifier")
            ?? throw new InvalidOperationException($"{resource.ClassMapping.Name} has no identifier element.");
        if (property.GetOrCreateList is { } list)
        {
            list(resource).Add(identifier);
        }
        else
        {
            // A single identifier (Composition) is the document's own: the search must find it on replay.
            property.Set(resource, identifier);
        }
    }
}
