using Interop.Fhir.Validation.Definitions;

namespace Interop.Fhir.Validation.Validation;

/// <summary>A snapshot as a tree, built once per StructureDefinition: the root element with children and slices.</summary>
internal sealed class ElementTree
{
    private readonly Dictionary<string, ElementNode> _byId;

    private ElementTree(StructureDefinitionInfo definition, ElementNode root, Dictionary<string, ElementNode> byId)
    {
        Definition = definition;
        Root = root;
        _byId = byId;
    }

    /// <summary>The definition the tree is of.</summary>
    public StructureDefinitionInfo Definition { get; }

    /// <summary>The root element (<c>Patient</c>).</summary>
    public ElementNode Root { get; }

    /// <summary>The element with this id (for <c>contentReference</c>), or null.</summary>
    public ElementNode? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Builds the tree of <paramref name="definition"/>'s snapshot; null when it has none.</summary>
    public static ElementTree? Build(StructureDefinitionInfo definition)
    {
        if (definition.Snapshot.Count == 0)
        {
            return null;
        }

        var byId = new Dictionary<string, ElementNode>(StringComparer.Ordinal);
        var root = new ElementNode(definition.Snapshot[0]);
        byId[root.Element.Id] = root;
        for (var i = 1; i < definition.Snapshot.Count; i++)
        {
            var element = definition.Snapshot[i];
            var node = new ElementNode(element);
            byId[element.Id] = node;

            // `a.b:s` is a slice of `a.b`; `a.b:s.c` and `a.b.c` are children of their parent id.
            var id = element.Id;
            var lastDot = id.LastIndexOf('.');
            var lastColon = id.LastIndexOf(':');
            if (lastColon > lastDot && element.SliceName is not null)
            {
                if (byId.TryGetValue(id[..lastColon], out var sliced))
                {
                    sliced.Slices.Add(node);
                }

                continue;
            }

            if (lastDot > 0 && byId.TryGetValue(id[..lastDot], out var parent))
            {
                parent.Children.Add((node.Name, node));
            }
        }

        return new ElementTree(definition, root, byId);
    }
}
