using Interop.Fhir.Serialization;
using Interop.Fhir.Validation.Definitions;
using Interop.Fhir.Validation.Validation;

namespace Interop.Fhir.Validation.Snapshots;

/// <summary>Finding (and where needed creating) the snapshot node a differential element names.</summary>
internal sealed partial class SnapshotGenerator
{
    private SnapshotNode? Find(SnapshotNode root, ElementInfo differential)
    {
        // An id that does not follow the path (STU3 tools wrote value[x]:valueX for path valueX) is read from the path.
        var segments = ElementIdSegment.Parse(differential.Id, differential.Path)
            ?? [.. differential.Path.Split('.').Select(name => new ElementIdSegment(name, null))];
        if (segments[0].Name != root.Name)
        {
            return null;
        }

        var node = root;
        for (var i = 1; i < segments.Length; i++)
        {
            var (name, sliceName) = segments[i];

            // The slice name is authoritative where the id spells it differently (UK Core has such ids).
            if (i == segments.Length - 1 && differential.SliceName is { } declared)
            {
                sliceName = declared;
            }

            if (Child(node, name) is not { } child)
            {
                return null;
            }

            // A choice named for its type (valueQuantity) already is the slice of that name.
            if (sliceName is not null && child.SliceName != sliceName)
            {
                // A differential element that starts a slice creates it; any other must find it made already.
                child = SnapshotTree.FindSlice(child, sliceName)
                    ?? (i == segments.Length - 1 && differential.SliceName == sliceName ? NewSlice(child, sliceName) : null);
                if (child is null)
                {
                    return null;
                }
            }

            node = child;
        }

        return node;
    }

    private SnapshotNode? Child(SnapshotNode node, string name)
    {
        if (node.Children.Count == 0)
        {
            Expand(node);
        }

        if (node.Children.Find(c => c.Name == name) is { } child)
        {
            return child;
        }

        // A choice named for one of its types (valueQuantity for value[x]) narrows the choice to that type.
        foreach (var choice in node.Children)
        {
            if (ChoiceType(choice, name) is { } type)
            {
                return TypeSlice(choice, name, type);
            }
        }

        return null;
    }

    private SnapshotNode TypeSlice(SnapshotNode choice, string sliceName, TypeRefInfo type)
    {
        var types = _renamedChoices.Add(choice) ? [type] : choice.Element.Types.Where(t => t.Code != type.Code).Append(type).ToArray();
        choice.Element = choice.Element with
        {
            Types = types,
            Slicing = choice.Element.Slicing ?? new SlicingInfo([new DiscriminatorInfo("type", "$this")], "closed", false),
        };
        return SnapshotTree.FindSlice(choice, sliceName) ?? NewSlice(choice, sliceName);
    }

    private SnapshotNode NewSlice(SnapshotNode sliced, string sliceName)
    {
        var owner = SnapshotTree.SliceOwner(sliced, sliceName) ?? sliced;
        var slice = owner.NewSlice(sliceName);

        // Extensions are sliced by url without the differential saying so (UK Core never does): open, unordered.
        if (owner.Element is { Slicing: null, Types: [{ Code: "Extension" }] })
        {
            owner.Element = owner.Element with { Slicing = new SlicingInfo([new DiscriminatorInfo("value", "url")], "open", false) };
        }

        // A slice of a choice named for a type (value[x]:valueQuantity) holds only that type.
        if (ChoiceType(sliced, sliceName) is { } type)
        {
            slice.Element = slice.Element with { Types = [type] };
            slice.Rebase(slice.Element);
        }

        owner.Slices.Add(slice);
        return slice;
    }

    // Children of an element the base does not expand come from its type's definition, or its type profile's.
    private void Expand(SnapshotNode node)
    {
        if (node.Element.ContentReference is { } reference)
        {
            // #Questionnaire.item: the children are those of the element referred to, elsewhere in the same tree.
            var target = ElementIdSegment.Parse(reference, reference) is { } steps && steps[0].Name == _root!.Name
                ? steps.Skip(1).Aggregate((SnapshotNode?)_root, (n, step) => n?.Children.Find(c => c.Name == step.Name))
                : null;
            node.Children.AddRange(target?.Children.Select(c => c.CloneAsBase()) ?? []);
            return;
        }

        var codes = node.Element.Types.Select(t => t.Code).Distinct().ToList();
        if (codes.Count != 1 || codes[0].Contains(':', StringComparison.Ordinal))
        {
            return;
        }

        var type = node.Element.Types[0];
        StructureDefinitionInfo? definition = null;
        if (type.Profiles.Count == 1)
        {
            definition = _resolve(type.Profiles[0]);
            if (definition is null or { Snapshot.Count: 0 })
            {
                Report(IssueSeverity.Warning, ValidationCodes.SnapshotTypeNotFound,
                    $"The type profile {type.Profiles[0]} is not loaded; the children of {node} come from {type.Code}.");
            }
        }

        if (definition is null or { Snapshot.Count: 0 })
        {
            definition = _resolve(CoreTypePrefix + type.Code);
        }

        if (definition is null || SnapshotTree.Build(definition.Snapshot) is not { } typeRoot)
        {
            Report(IssueSeverity.Error, ValidationCodes.SnapshotTypeNotFound, $"The type {type.Code} is not loaded; the children of {node} are unknown.");
            return;
        }

        node.Children.AddRange(typeRoot.Children);
    }

    // The type of choice element value[x] that name valueQuantity stands for, or null.
    private static TypeRefInfo? ChoiceType(SnapshotNode choice, string name)
    {
        if (!choice.Name.EndsWith("[x]", StringComparison.Ordinal))
        {
            return null;
        }

        var prefix = choice.Name.AsSpan(0, choice.Name.Length - 3);
        if (name.Length <= prefix.Length || !name.AsSpan().StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var suffix = name[prefix.Length..];
        return choice.Base.Types.FirstOrDefault(t => t.Code.Length == suffix.Length
            && char.ToUpperInvariant(t.Code[0]) == suffix[0] && string.CompareOrdinal(t.Code, 1, suffix, 1, suffix.Length - 1) == 0);
    }
}
