using System.Collections;

namespace Interop.Fhir.Introspection;

/// <summary>The metadata of one element of a FHIR type, with accessors the serializers and FHIRPath use.</summary>
public sealed class PropertyMapping
{
    private ClassMapping[]? _types;
    private Dictionary<ClassMapping, string>? _choiceNames;

    /// <summary>The position of this property in its type's <see cref="ClassMapping.Properties"/> (the same in every derived type).</summary>
    public int Index { get; internal set; }

    /// <summary>The element name as in the definition, without <c>[x]</c> (<c>value</c> for <c>value[x]</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The C# property name on the generated class.</summary>
    public required string PropertyName { get; init; }

    /// <summary>Minimum cardinality.</summary>
    public int Min { get; init; }

    /// <summary>Maximum cardinality; <see cref="int.MaxValue"/> for <c>*</c>.</summary>
    public int Max { get; init; } = 1;

    /// <summary>Whether the element repeats (its C# property is a list).</summary>
    public bool IsCollection => Max > 1;

    /// <summary>Whether the element is a choice (<c>value[x]</c>), named on the wire with its type suffix.</summary>
    public bool IsChoice { get; init; }

    /// <summary>Whether the element is part of the summary view.</summary>
    public bool InSummary { get; init; }

    /// <summary>Whether the element is a modifier.</summary>
    public bool IsModifier { get; init; }

    /// <summary>How the element appears in XML.</summary>
    public XmlRepresentation Representation { get; init; }

    /// <summary>Whether the element is a plain system string (<c>Element.id</c>, <c>Extension.url</c>), not a FHIR primitive.</summary>
    public bool IsSystemString { get; init; }

    /// <summary>The binding strength of a coded element.</summary>
    public BindingStrength Binding { get; init; }

    /// <summary>The canonical URL of the bound value set, if any.</summary>
    public string? ValueSet { get; init; }

    /// <summary>The FHIR type names allowed, in definition order (profiles such as SimpleQuantity resolved to their base type).</summary>
    public required string[] TypeNames { get; init; }

    /// <summary>Resolves a type name of this property to its class; supplied by the model.</summary>
    public required Func<string, ClassMapping> Resolve { get; init; }

    /// <summary>Reads the property: a <see cref="Base"/>, a list (null when empty), or a string for system strings.</summary>
    public required Func<Base, object?> Get { get; init; }

    /// <summary>Writes the property (a single value, a list, or a string).</summary>
    public required Action<Base, object?> Set { get; init; }

    /// <summary>For collections: returns the list, creating it when absent.</summary>
    public Func<Base, IList>? GetOrCreateList { get; init; }

    /// <summary>The classes of <see cref="TypeNames"/>.</summary>
    public ClassMapping[] Types => _types ??= Array.ConvertAll(TypeNames, n => Resolve(n));

    /// <summary>Whether the element holds resources (<c>contained</c>, <c>Bundle.entry.resource</c>, ...).</summary>
    public bool IsResourceContainer => TypeNames.Length == 1 && Types[0].Kind == ClassKind.Resource;

    /// <summary>The element's name on the wire for a value of <paramref name="type"/>: <c>valueQuantity</c> for a choice, else <see cref="Name"/>.</summary>
    public string WireName(ClassMapping type)
    {
        if (!IsChoice)
        {
            return Name;
        }

        // Built once per property and only read afterwards; two threads building it at once build the same thing.
        var names = _choiceNames ??= Types.ToDictionary(t => t, t => ClassMapping.ChoiceName(this, t));
        return names.TryGetValue(type, out var name) ? name : ClassMapping.ChoiceName(this, type);
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
