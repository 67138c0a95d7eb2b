using Interop.Fhir.Validation.Definitions;

namespace Interop.Fhir.Validation.Validation;

/// <summary>An element of a snapshot placed in its tree: its children by name and, when sliced, its slices in order.</summary>
internal sealed class ElementNode(ElementInfo element)
{
    /// <summary>The element's definition.</summary>
    public ElementInfo Element { get; } = element;

    /// <summary>The child elements, in definition order, keyed by name as written in the path (<c>value[x]</c>).</summary>
    public List<(string Name, ElementNode Node)> Children { get; } = [];

    /// <summary>The slices defined on this element, in definition order.</summary>
    public List<ElementNode> Slices { get; } = [];

    /// <summary>The element's name: the last part of its path, without <c>[x]</c>.</summary>
    public string Name
    {
        get
        {
            var last = Element.Path[(Element.Path.LastIndexOf('.') + 1)..];
            return last.EndsWith("[x]", StringComparison.Ordinal) ? last[..^3] : last;
        }
    }

    /// <summary>Whether the element is a choice (<c>value[x]</c>).</summary>
    public bool IsChoice => Element.Path.EndsWith("[x]", StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => Element.Id;
}
