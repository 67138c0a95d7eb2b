using Interop.Fhir.Validation.Definitions;

namespace Interop.Fhir.Validation.Snapshots;

/// <summary>
/// One element of a snapshot being built, as a tree: its children, then its slices (each with their own children).
/// Ids and paths are not kept here but computed when the tree is written out, so subtrees copied into a slice or
/// taken from a datatype's definition need no renaming.
/// </summary>
internal sealed class SnapshotNode
{
    /// <summary>Creates a node for <paramref name="element"/>, named by the last segment of its path.</summary>
    public SnapshotNode(string name, ElementInfo element, bool inherited)
    {
        Name = name;
        Element = element;
        Base = element;
        Inherited = inherited;
    }

    /// <summary>The last path segment (<c>identifier</c>, <c>value[x]</c>); the whole path for the root.</summary>
    public string Name { get; }

    /// <summary>The element as constrained so far.</summary>
    public ElementInfo Element { get; set; }

    /// <summary>The element as the base (or the datatype) defines it: what a new slice of it starts from.</summary>
    public ElementInfo Base { get; private set; }

    /// <summary>Whether the node comes from the base or a type's definition (false for slices this differential creates).</summary>
    public bool Inherited { get; }

    /// <summary>The slice name, when the node is a slice.</summary>
    public string? SliceName => Element.SliceName;

    /// <summary>The child elements, in definition order.</summary>
    public List<SnapshotNode> Children { get; } = [];

    /// <summary>The slices of this element (or, for a slice, its re-slices), in definition order.</summary>
    public List<SnapshotNode> Slices { get; } = [];

    /// <summary>A copy of the node as the base defines it, with its children and inherited slices likewise.</summary>
    public SnapshotNode CloneAsBase() => CloneAsBase(Base);

    /// <summary>
    /// A new slice <paramref name="sliceName"/> of this node: the element as the base defines it, unsliced, over children as
    /// constrained so far — what a profile says of the unsliced element's children holds in every slice of it.
    /// </summary>
    public SnapshotNode NewSlice(string sliceName)
    {
        var slice = new SnapshotNode(Name, Base with { SliceName = sliceName, Slicing = null }, inherited: false);
        slice.Children.AddRange(Children.Select(c => c.CloneAsConstrained()));
        return slice;
    }

    /// <summary>Replaces what new slices start from (a choice restricted to fewer types).</summary>
    public void Rebase(ElementInfo element) => Base = element;

    /// <inheritdoc />
    public override string ToString() => SliceName is null ? Name : $"{Name}:{SliceName}";

    private SnapshotNode CloneAsConstrained()
    {
        var copy = new SnapshotNode(Name, Element, Inherited);
        copy.Base = Base;
        copy.Children.AddRange(Children.Select(c => c.CloneAsConstrained()));
        copy.Slices.AddRange(Slices.Select(s => s.CloneAsConstrained()));
        return copy;
    }

    private SnapshotNode CloneAsBase(ElementInfo element)
    {
        var copy = new SnapshotNode(Name, element, inherited: true);
        copy.Children.AddRange(Children.Select(c => c.CloneAsBase()));
        copy.Slices.AddRange(Slices.Where(s => s.Inherited).Select(s => s.CloneAsBase()));
        return copy;
    }
}
