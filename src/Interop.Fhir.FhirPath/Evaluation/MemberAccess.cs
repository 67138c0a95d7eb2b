using System.Collections;
using Interop.Fhir.Introspection;

namespace Interop.Fhir.FhirPath.Evaluation;

/// <summary>
/// Reads one element name from items of any type. Remembers how the name resolved on the last type it saw, so a path
/// over many items of one type looks the property up once.
/// </summary>
internal sealed class MemberAccess(string name)
{
    private Resolution? _last;

    /// <summary>The element name.</summary>
    public string Name { get; } = name;

    /// <summary>Adds the values of the element on <paramref name="item"/> to <paramref name="results"/>.</summary>
    public void AddValues(object item, ref ResultBuilder results)
    {
        if (item is not Base element)
        {
            if (item is ItemType type)
            {
                AddTypeInfo(type, ref results);
            }

            return;
        }

        var resolution = _last;
        if (resolution is null || !ReferenceEquals(resolution.Type, element.ClassMapping))
        {
            resolution = Resolve(element.ClassMapping);
            _last = resolution;
        }

        if (resolution.Property is not { } property)
        {
            return;
        }

        switch (property.Get(element))
        {
            case null:
                return;
            case IReadOnlyList<object> list:
                results.AddRange(list);
                return;
            case IList list:
                for (var i = 0; i < list.Count; i++)
                {
                    results.Add(list[i]!);
                }

                return;
            case var value:
                results.Add(value);
                return;
        }
    }

    private void AddTypeInfo(ItemType type, ref ResultBuilder results)
    {
        switch (Name)
        {
            case "namespace":
                results.Add(type.Namespace);
                break;
            case "name":
                results.Add(type.Name);
                break;
        }
    }

    // A choice element is read by its element name (value), never by its name on the wire (valueQuantity), as the spec says.
    private Resolution Resolve(ClassMapping type) => new(type, type.FindProperty(Name));

    private sealed record Resolution(ClassMapping Type, PropertyMapping? Property);
}
