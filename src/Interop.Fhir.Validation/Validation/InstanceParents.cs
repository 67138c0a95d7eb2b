using System.Collections;
using Interop.Fhir.Introspection;

namespace Interop.Fhir.Validation.Validation;

/// <summary>Where each element of a resource sits: its parent and the property holding it, for rules that look upwards.</summary>
internal sealed class InstanceParents
{
    private readonly Dictionary<Base, (Base Parent, PropertyMapping Property)> _parents = new(ReferenceEqualityComparer.Instance);

    /// <summary>Indexes every element under <paramref name="root"/>, contained and Bundle entry resources included.</summary>
    public InstanceParents(Base root)
    {
        var pending = new Stack<Base>([root]);
        while (pending.TryPop(out var element))
        {
            foreach (var property in element.ClassMapping.Properties)
            {
                foreach (var child in Values(property.Get(element)))
                {
                    _parents[child] = (element, property);
                    pending.Push(child);
                }
            }
        }
    }

    /// <summary>The element holding <paramref name="element"/> and the property it is in; false for the root.</summary>
    public bool TryGetParent(Base element, out Base parent, out PropertyMapping property)
    {
        var found = _parents.TryGetValue(element, out var entry);
        (parent, property) = entry;
        return found;
    }

    private static IEnumerable<Base> Values(object? value) => value switch
    {
        Base single => [single],
        IList list => list.OfType<Base>(),
        _ => [],
    };
}
