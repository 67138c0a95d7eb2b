using System.Collections;

namespace Interop.Fhir.Navigation;

/// <summary>
/// Reads elements by their FHIR names through the model's metadata, the same way for every FHIR version: what the engine
/// needs from a message header before (and without) a FHIRPath expression.
/// </summary>
public static class ElementNavigation
{
    /// <summary>The values of the element <paramref name="name"/> (a choice element by its base name, <c>value</c>); empty when absent.</summary>
    public static IEnumerable<Base> Children(this Base? element, string name)
    {
        if (element?.ClassMapping.FindProperty(name) is not { } property)
        {
            return [];
        }

        return property.Get(element) switch
        {
            IList list => list.Cast<Base>(),
            Base single => [single],
            _ => [],
        };
    }

    /// <summary>The first value of the element <paramref name="name"/>, or null.</summary>
    public static Base? Child(this Base? element, string name) => element.Children(name).FirstOrDefault();

    /// <summary>The text of a primitive, or of a plain string element such as <c>Extension.url</c>; null when absent.</summary>
    public static string? Text(this Base? element, string name)
    {
        if (element?.ClassMapping.FindProperty(name) is not { } property)
        {
            return null;
        }

        return property.Get(element) switch
        {
            string text => text,
            IPrimitive primitive => primitive.RawValue,
            IList { Count: > 0 } list when list[0] is IPrimitive first => first.RawValue,
            _ => null,
        };
    }

    /// <summary>The extensions of <paramref name="element"/> with the given URL.</summary>
    public static IEnumerable<Base> Extensions(this Base? element, string url) =>
        element.Children("extension").Where(e => string.Equals(e.Text("url"), url, StringComparison.Ordinal));

    /// <summary>The resource type name of a resource, or the FHIR type name of any other element.</summary>
    public static string TypeName(this Base element) => element.ClassMapping.Name;
}
