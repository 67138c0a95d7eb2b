using System.Collections.Frozen;

namespace Interop.Fhir.Introspection;

/// <summary>The metadata of one FHIR type: its properties in definition order and how to create it.</summary>
public sealed class ClassMapping
{
    private readonly Func<PropertyMapping[]> _describe;
    private readonly Func<Base>? _factory;
    private Members? _members;
    private LexicalCheck.Pair? _valueCheck;

    /// <summary>Creates the mapping; the own properties are described lazily so types can refer to each other.</summary>
    public ClassMapping(string name, ClassKind kind, ClassMapping? baseMapping, Func<Base>? factory, Func<PropertyMapping[]> describe)
    {
        Name = name;
        Kind = kind;
        BaseMapping = baseMapping;
        _factory = factory;
        _describe = describe;
    }

    /// <summary>The FHIR type name (<c>Patient</c>, <c>string</c>), or the element path for a backbone element (<c>Bundle.entry</c>).</summary>
    public string Name { get; }

    /// <summary>The kind of type.</summary>
    public ClassKind Kind { get; }

    /// <summary>The type this one specializes, if any.</summary>
    public ClassMapping? BaseMapping { get; }

    /// <summary>Whether the type is abstract (Resource, DomainResource, Element, BackboneElement).</summary>
    public bool IsAbstract => _factory is null;

    /// <summary>For primitives: how the value is written in JSON.</summary>
    public PrimitiveJsonKind JsonKind { get; init; }

    /// <summary>For primitives: the regular expression the lexical value must match, if the definition gives one.</summary>
    public string? ValuePattern { get; init; }

    /// <summary>Every property, inherited ones first, in definition order.</summary>
    public IReadOnlyList<PropertyMapping> Properties => Resolved.All;

    /// <summary>The same as <see cref="Properties"/>, as an array for the serializers' hot loops.</summary>
    internal PropertyMapping[] PropertyArray => Resolved.All;

    /// <summary>Creates an empty instance.</summary>
    public Base CreateInstance() => _factory is null
        ? throw new InvalidOperationException($"{Name} is abstract.")
        : _factory();

    /// <summary>Whether this type is <paramref name="other"/> or derives from it.</summary>
    public bool IsA(ClassMapping other)
    {
        for (var m = this; m is not null; m = m.BaseMapping)
        {
            if (ReferenceEquals(m, other))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>For primitives: whether <paramref name="text"/> is a valid lexical value of this type.</summary>
    public bool IsValidValue(ReadOnlySpan<char> text) => ValueCheck.Text(text);

    /// <summary>For primitives: whether the UTF-8 <paramref name="utf8"/> is a valid lexical value of this type.</summary>
    internal bool IsValidValue(ReadOnlySpan<byte> utf8) => ValueCheck.Utf8(utf8);

    /// <summary>Finds a property by its name on the wire (<c>valueQuantity</c> finds <c>value</c> with type Quantity).</summary>
    public bool TryGetProperty(ReadOnlySpan<char> wireName, out PropertyMapping property, out ClassMapping? choiceType)
    {
        // A miss leaves hit at its default, whose property and choice type are null.
        var found = Resolved.ByWireName.TryGetValue(wireName, out var hit);
        (property, choiceType) = (hit.Property, hit.ChoiceType);
        return found;
    }

    /// <summary>Finds a property by its name on the wire, given as UTF-8.</summary>
    internal bool TryGetProperty(ReadOnlySpan<byte> utf8WireName, out PropertyMapping property, out ClassMapping? choiceType)
    {
        var found = Resolved.ByUtf8WireName.TryGetValue(utf8WireName, out var hit);
        (property, choiceType) = (hit.Property, hit.ChoiceType);
        return found;
    }

    /// <summary>Finds a property by its element name (<c>value</c> for <c>value[x]</c>).</summary>
    public PropertyMapping? FindProperty(string name) => Resolved.ByName.GetValueOrDefault(name);

    /// <summary>The name a choice property takes on the wire for a value of type <paramref name="type"/>.</summary>
    public static string ChoiceName(PropertyMapping property, ClassMapping type) =>
        string.Concat(property.Name, char.ToUpperInvariant(type.Name[0]).ToString(), type.Name.AsSpan(1));

    /// <inheritdoc />
    public override string ToString() => Name;

    private Members Resolved => _members ?? BuildMembers();

    // Built on first use; threads racing to it may each build one, and either is kept whole.
    private LexicalCheck.Pair ValueCheck => _valueCheck ??= LexicalCheck.Create(Name, ValuePattern);

    private Members BuildMembers()
    {
        var own = _describe();
        var all = BaseMapping is null ? own : [.. BaseMapping.Properties, .. own];
        var byName = new Dictionary<string, WireProperty>(StringComparer.Ordinal);
        for (var i = 0; i < all.Length; i++)
        {
            var property = all[i];

            // Inherited properties are shared with the base type and keep their position there.
            property.Index = i;
            if (property.IsChoice)
            {
                foreach (var type in property.Types)
                {
                    byName[property.WireName(type)] = new WireProperty(property, type);
                }
            }
            else
            {
                byName[property.Name] = new WireProperty(property, null);
            }
        }

        var members = new Members(
            all,
            byName.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>(),
            new Utf8NameLookup<WireProperty>(byName),
            all.ToFrozenDictionary(p => p.Name, StringComparer.Ordinal));
        Interlocked.CompareExchange(ref _members, members, null);
        return _members;
    }

    private readonly record struct WireProperty(PropertyMapping Property, ClassMapping? ChoiceType);

    private sealed record Members(
        PropertyMapping[] All,
        FrozenDictionary<string, WireProperty>.AlternateLookup<ReadOnlySpan<char>> ByWireName,
        Utf8NameLookup<WireProperty> ByUtf8WireName,
        FrozenDictionary<string, PropertyMapping> ByName);
}
