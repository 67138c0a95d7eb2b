using System.Collections.Immutable;
using Interop.Fhir.Navigation;

namespace Interop.Fhir.Validation.Terminology;

/// <summary>Expanding one ValueSet: its stated expansion, else its compose rules.</summary>
internal sealed partial class TerminologyService
{
    private ValueSetExpansion ExpandValueSet(Base valueSet, ImmutableHashSet<string> importing)
    {
        if (StatedExpansion(valueSet.Child("expansion")) is { } stated)
        {
            return stated;
        }

        if (valueSet.Child("compose") is not { } compose)
        {
            return ValueSetExpansion.Unexpandable;
        }

        var codes = NewCodeSet();
        var isComplete = true;
        foreach (var include in compose.Children("include"))
        {
            var part = ExpandConceptSet(include, importing);
            codes.UnionWith(part.Codes);
            isComplete &= part.IsComplete;
        }

        foreach (var exclude in compose.Children("exclude"))
        {
            // Without all of what is excluded, no included code can be confirmed as still in.
            var part = ExpandConceptSet(exclude, importing);
            if (!part.IsComplete)
            {
                return ValueSetExpansion.Unexpandable;
            }

            codes.ExceptWith(part.Codes);
        }

        return ValueSetExpansion.Of(codes, isComplete);
    }

    // The codes of expansion.contains at any depth; null when there are none or they are one page of a larger expansion.
    private ValueSetExpansion? StatedExpansion(Base? expansion)
    {
        if (expansion is null)
        {
            return null;
        }

        var codes = NewCodeSet();
        var listed = AddContains(expansion, codes);
        var isPage = int.TryParse(expansion.Text("total"), out var total) && total > listed;
        return listed == 0 || isPage ? null : ValueSetExpansion.Of(codes, isComplete: true);
    }

    private static int AddContains(Base parent, CodeSet codes)
    {
        var listed = 0;
        foreach (var entry in parent.Children("contains"))
        {
            if (entry.Text("code") is { } code)
            {
                listed++;

                // An abstract entry is there to group others and cannot itself be chosen.
                if (entry.Text("abstract") != "true")
                {
                    codes.Add(entry.Text("system") ?? "", code);
                }
            }

            listed += AddContains(entry, codes);
        }

        return listed;
    }

    // An include or exclude: the codes it takes from its system, intersected with every value set it imports.
    private ValueSetExpansion ExpandConceptSet(Base conceptSet, ImmutableHashSet<string> importing)
    {
        var result = conceptSet.Text("system") is { } system ? FromSystem(conceptSet, system) : null;
        foreach (var imported in conceptSet.Children("valueSet").OfType<IPrimitive>())
        {
            if (imported.RawValue is not { } url)
            {
                continue;
            }

            var expansion = Expand(url, importing);
            result = result is null ? expansion : Intersect(result, expansion);
        }

        return result ?? ValueSetExpansion.Unexpandable;
    }

    private ValueSetExpansion Intersect(ValueSetExpansion first, ValueSetExpansion second)
    {
        var codes = NewCodeSet();
        codes.UnionWith(first.Codes);
        codes.IntersectWith(second.Codes);
        return ValueSetExpansion.Of(codes, first.IsComplete && second.IsComplete);
    }

    private ValueSetExpansion FromSystem(Base conceptSet, string system)
    {
        var codes = NewCodeSet();

        // Listed codes need no code system: whatever the system, a code outside the list is not in the value set.
        var listed = conceptSet.Children("concept").Select(c => c.Text("code")).OfType<string>().ToList();
        if (listed.Count > 0)
        {
            listed.ForEach(code => codes.Add(system, code));
            return ValueSetExpansion.Of(codes, isComplete: true);
        }

        if (FindPinnedCodeSystem(system, conceptSet.Text("version")) is not { IsComplete: true } codeSystem
            || SelectConcepts(codeSystem, conceptSet.Children("filter")) is not { } selected)
        {
            return ValueSetExpansion.Unexpandable;
        }

        foreach (var concept in selected)
        {
            codes.Add(system, concept.Code);
        }

        return ValueSetExpansion.Of(codes, isComplete: true);
    }

    // Core packages pin their own code systems to pre-release versions they do not ship; the loaded version stands in.
    private CodeSystemIndex? FindPinnedCodeSystem(string system, string? version) =>
        (version is null ? null : FindCodeSystem($"{system}|{version}")) ?? FindCodeSystem(system);

    // Filters all apply; null when one cannot be evaluated.
    private static IEnumerable<CodeSystemConcept>? SelectConcepts(CodeSystemIndex codeSystem, IEnumerable<Base> filters)
    {
        HashSet<CodeSystemConcept>? selected = null;
        foreach (var filter in filters)
        {
            if (filter.Text("property") is not { } property || filter.Text("op") is not { } op || filter.Text("value") is not { } value
                || ConceptFilter.Select(codeSystem, property, op, value) is not { } passing)
            {
                return null;
            }

            if (selected is null)
            {
                selected = passing;
            }
            else
            {
                selected.IntersectWith(passing);
            }
        }

        return selected ?? codeSystem.Concepts;
    }

    private CodeSet NewCodeSet() => new(ComparerFor);
}
