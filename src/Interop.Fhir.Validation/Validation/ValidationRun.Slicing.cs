using Interop.Fhir.FhirPath;
using Interop.Fhir.Navigation;
using Interop.Fhir.Serialization;
using Interop.Fhir.Validation.Definitions;

namespace Interop.Fhir.Validation.Validation;

/// <summary>Slicing: each item is placed in the slice its discriminators pick, then checked against that slice.</summary>
internal sealed partial class ValidationRun
{
    private void ValidateSlices(IReadOnlyList<object> values, ElementNode sliced, ElementTree tree, string path, Base resource, bool repeating)
    {
        var slicing = sliced.Element.Slicing;
        var counts = new int[sliced.Slices.Count];
        var lastSlice = -1;
        for (var i = 0; i < values.Count; i++)
        {
            var location = repeating ? $"{path}[{i}]" : path;
            if (values[i] is not Base item)
            {
                continue;
            }

            var slice = slicing is null ? -1 : sliced.Slices.FindIndex(s => InSlice(item, s, slicing, resource));
            if (slice < 0)
            {
                if (slicing?.Rules == "closed")
                {
                    Report(IssueSeverity.Error, IssueType.Structure, ValidationCodes.NoMatchingSlice,
                        $"{sliced.Element.Path} is closed to items outside its slices.", location);
                }

                ValidateValue(item, sliced, tree, location, resource);
                continue;
            }

            if (slicing!.Ordered && slice < lastSlice)
            {
                Report(IssueSeverity.Error, IssueType.Structure, ValidationCodes.SliceOutOfOrder,
                    $"{sliced.Element.Path} wants its slices in order.", location);
            }

            lastSlice = Math.Max(lastSlice, slice);
            counts[slice]++;
            ValidateValue(item, sliced.Slices[slice], tree, location, resource);
        }

        for (var s = 0; s < counts.Length; s++)
        {
            CheckCardinality(counts[s], sliced.Slices[s].Element, $"{path}:{sliced.Slices[s].Element.SliceName}");
        }
    }

    private bool InSlice(Base item, ElementNode slice, SlicingInfo slicing, Base resource)
    {
        if (slicing.Discriminators.Count == 0)
        {
            return false;
        }

        foreach (var discriminator in slicing.Discriminators)
        {
            if (!Discriminates(item, slice, discriminator, resource))
            {
                return false;
            }
        }

        return true;
    }

    private bool Discriminates(Base item, ElementNode slice, DiscriminatorInfo discriminator, Base resource)
    {
        var target = discriminator.Path == "$this" ? slice : Descend(slice, discriminator.Path);

        // An extension slice is told by its url, which the slice often gives only as its type's profile.
        if (discriminator.Path == "url" && target?.Element.Fixed is null
            && slice.Element.Types is [{ Code: "Extension", Profiles: [var profile, ..] }])
        {
            return item.Text("url") == profile.Split('|')[0];
        }

        IReadOnlyList<object> values;
        try
        {
            values = discriminator.Path == "$this" ? [item] : validator.FhirPath.Compile(discriminator.Path).Evaluate(item, EnvironmentFor(resource));
        }
        catch (FhirPathException)
        {
            return false;
        }

        switch (discriminator.Type)
        {
            case "value" or "pattern":
                var expected = target?.Element.Fixed ?? target?.Element.Pattern;
                return expected is not null && values.Any(v => v switch
                {
                    Base b => ValueMatcher.Matches(b, expected, exact: target!.Element.Fixed is not null),

                    // Extension.url and Element.id are plain strings in the model.
                    string text => expected is IPrimitive { RawValue: var wanted } && text == wanted,
                    _ => false,
                });
            case "exists":
                var mustExist = (target?.Element.Min ?? 0) > 0;
                var mustNotExist = target?.Element.Max == 0;
                return mustExist ? values.Count > 0 : !mustNotExist || values.Count == 0;
            case "type":
                var types = target?.Element.Types.Select(t => t.Code).ToList() ?? [];
                return values.Any(v => v is Base b && types.Contains(b.ClassMapping.Name));
            case "profile":
                // A slice that names no profile at this path sets no condition here; one that does takes what conforms.
                var profiles = (target ?? slice).Element.Types.SelectMany(t => t.Profiles).ToList();
                return profiles.Count == 0 || values.Any(v => v is Base b && profiles.Any(p => Conforms(b, p, resource)));
            default:
                return false;
        }
    }

    // Whether `value` meets `profile` with no errors, checked apart so that what it breaks is not reported as the item's fault.
    private bool Conforms(Base value, string profile, Base resource)
    {
        if (validator.Tree(profile) is not { } tree)
        {
            return false;
        }

        var trial = new ValidationRun(validator, root, positions: null);
        trial._rootResources[resource] = _rootResources.GetValueOrDefault(resource, resource);
        trial.ValidateValue(value, tree.Root, tree, tree.Definition.Type, resource);
        return !trial._issues.Any(i => i.IsError);
    }

    // The element of a slice that a discriminator path names (`system`, `coding.code`, `$this.name`; `value.ofType(Quantity)` is not followed).
    private static ElementNode? Descend(ElementNode slice, string path)
    {
        var node = slice;
        foreach (var name in path.Split('.').SkipWhile(n => n == "$this"))
        {
            var next = node.Children.FirstOrDefault(c => c.Name == name).Node;
            if (next is null)
            {
                return null;
            }

            node = next;
        }

        return node;
    }
}
