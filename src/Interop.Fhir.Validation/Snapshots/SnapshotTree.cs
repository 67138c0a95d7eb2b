using Interop.Fhir.Validation.Definitions;

namespace Interop.Fhir.Validation.Snapshots;

/// <summary>Turns a snapshot's element list into a <see cref="SnapshotNode"/> tree and back.</summary>
internal static class SnapshotTree
{
    /// <summary>The tree of <paramref name="elements"/> (a snapshot in definition order); null when empty.</summary>
    public static SnapshotNode? Build(IReadOnlyList<ElementInfo> elements)
    {
        if (elements.Count == 0)
        {
            return null;
        }

        var root = new SnapshotNode(elements[0].Path, elements[0], inherited: true);
        var open = new List<(string Path, SnapshotNode Node)> { (elements[0].Path, root) };
        for (var i = 1; i < elements.Count; i++)
        {
            var element = elements[i];
            var dot = element.Path.LastIndexOf('.');
            if (dot < 0)
            {
                continue;
            }

            var parentPath = element.Path[..dot];
            while (open.Count > 1 && open[^1].Path != parentPath)
            {
                open.RemoveAt(open.Count - 1);
            }

            if (open[^1].Path != parentPath)
            {
                continue;
            }

            var parent = open[^1].Node;
            var node = new SnapshotNode(element.Path[(dot + 1)..], element, inherited: true);
            var sliced = element.SliceName is null ? null : parent.Children.FindLast(c => c.Name == node.Name);
            var owner = sliced is null ? null : SliceOwner(sliced, element.SliceName!);
            (owner?.Slices ?? parent.Children).Add(node);
            open.Add((element.Path, node));
        }

        return root;
    }

    /// <summary>The node that holds slice <paramref name="sliceName"/> of <paramref name="sliced"/>: itself, or for a re-slice (<c>a/b</c>) slice <c>a</c>.</summary>
    public static SnapshotNode? SliceOwner(SnapshotNode sliced, string sliceName)
    {
        var slash = sliceName.LastIndexOf('/');
        return slash < 0 ? sliced : FindSlice(sliced, sliceName[..slash]);
    }

    /// <summary>The slice (or re-slice, <c>a/b</c>) <paramref name="sliceName"/> of <paramref name="sliced"/>, or null.</summary>
    public static SnapshotNode? FindSlice(SnapshotNode sliced, string sliceName) =>
        SliceOwner(sliced, sliceName)?.Slices.Find(s => s.SliceName == sliceName);

    /// <summary>The elements of the tree in snapshot order, with ids and paths as the official snapshots write them.</summary>
    public static List<ElementInfo> Flatten(SnapshotNode root)
    {
        var elements = new List<ElementInfo>();
        Emit(root, null, null, elements);
        return elements;
    }

    private static void Emit(SnapshotNode node, string? parentId, string? parentPath, List<ElementInfo> elements)
    {
        var path = parentPath is null ? node.Name : $"{parentPath}.{node.Name}";
        var id = parentId is null ? node.Name : $"{parentId}.{node.Name}";
        if (node.SliceName is { } sliceName)
        {
            id = $"{id}:{sliceName}";
        }

        elements.Add(node.Element.Id == id && node.Element.Path == path ? node.Element : node.Element with { Id = id, Path = path });
        foreach (var child in node.Children)
        {
            Emit(child, id, path, elements);
        }

        foreach (var slice in node.Slices)
        {
            Emit(slice, parentId, parentPath, elements);
        }
    }
}
