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
        // Built once per validation over every element of the instance, so without an enumerator or array per property.
        var pending = new Stack<Base>();
        pending.Push(root);
        while (pending.TryPop(out var element))
        {
            var properties = element.ClassMapping.Properties;
            for (var p = 0; p < properties.Count; p++)
            {
                var property = properties[p];
                switch (property.Get(element))
                {
                    case Base child:
                        Add(child, element, property, pending);
                        break;
                    case IList list:
                        for (var i = 0; i < list.Count; i++)
                        {
                            if (list[i] is Base item)
                            {
                                Add(item, element, property, pending);
                            }
                        }

                        break;
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

    private void Add(Base child, Base parent, PropertyMapping property, Stack<Base> pending)
    {
        _parents[child] = (parent, property);
        pending.Push(child);
    }
}
