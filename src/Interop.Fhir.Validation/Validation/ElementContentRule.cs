using System.Collections;
using System.Collections.Frozen;

namespace Interop.Fhir.Validation.Validation;

/// <summary>
/// ele-1, "All FHIR elements must have a @value or children", answered from the model rather than by FHIRPath: every element
/// of every definition carries it, so it is most of the invariants a validation evaluates, and its expression only asks
/// whether the element holds a value or any child besides its id.
/// </summary>
internal static class ElementContentRule
{
    // R4 writes it with `or`, STU3 with a union; both are false only when neither side holds. A profile that rewrites the
    // rule has another expression and is evaluated as written.
    private static readonly FrozenSet<string> Expressions = FrozenSet.Create(StringComparer.Ordinal,
        "hasValue() or (children().count() > id.count())",
        "hasValue() | (children().count() > id.count())");

    /// <summary>Whether <paramref name="expression"/> is ele-1 as the core definitions write it.</summary>
    public static bool Is(string expression) => Expressions.Contains(expression);

    /// <summary>Whether <paramref name="element"/> meets ele-1: it has a primitive value or a child other than its id.</summary>
    public static bool Holds(Base element)
    {
        if (element is IPrimitive { HasValue: true })
        {
            return true;
        }

        foreach (var property in element.ClassMapping.Properties)
        {
            if (property.Name != "id" && property.Get(element) is { } value && (value is not IList list || list.Count > 0))
            {
                return true;
            }
        }

        return false;
    }
}
