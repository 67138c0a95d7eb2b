using System.Collections;

namespace Interop.Fhir.Serialization;

/// <summary>Questions the serializers ask of any element, answered from its metadata.</summary>
internal static class ElementContent
{
    /// <summary>Whether any property of <paramref name="element"/> has a value (for a primitive: an id or an extension).</summary>
    public static bool HasChildren(Base element)
    {
        foreach (var property in element.ClassMapping.PropertyArray)
        {
            var value = property.Get(element);
            if (value is not null && value is not IList { Count: 0 })
            {
                return true;
            }
        }

        return false;
    }
}
