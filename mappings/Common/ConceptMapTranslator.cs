using Interop.Fhir.R4;

namespace Interop.Mappings.Common;

/// <summary>Translates codes with an R4 ConceptMap stored beside the mapping code (an embedded resource), so the table a reviewer reads is the one the code uses.</summary>
internal sealed class ConceptMapTranslator
{
    // Equivalences that do not carry the meaning across; a code whose only targets are these is untranslatable.
    private static readonly HashSet<string> NotMapped = new(StringComparer.Ordinal) { "unmatched", "disjoint" };

    private readonly Dictionary<(string System, string Code), Coding> _targets = [];

    private ConceptMapTranslator(ConceptMap map)
    {
        Url = map.Url?.Value ?? throw new InvalidDataException("A ConceptMap the mappings use has no url.");
        foreach (var group in map.Group)
        {
            var source = group.Source?.Value ?? throw new InvalidDataException($"ConceptMap {Url} has a group without a source system.");
            var target = group.Target?.Value ?? throw new InvalidDataException($"ConceptMap {Url} has a group without a target system.");
            foreach (var element in group.Element)
            {
                var mapped = element.Target.FirstOrDefault(t => !NotMapped.Contains(t.Equivalence?.Value ?? "unmatched"));
                if (element.Code?.Value is { } code && mapped?.Code?.Value is { } targetCode)
                {
                    _targets[(source, code)] = new Coding { System = new FhirUri(target), Code = new Code(targetCode), Display = mapped.Display is null ? null : new FhirString(mapped.Display.Value) };
                }
            }
        }
    }

    /// <summary>The ConceptMap's canonical URL.</summary>
    public string Url { get; }

    /// <summary>The translator of the ConceptMap embedded as <paramref name="fileName"/>.</summary>
    public static ConceptMapTranslator Load(string fileName) => new(EmbeddedConceptMap.Load(fileName));

    /// <summary>The target coding of a source code, or <see langword="null"/> when the map does not translate it.</summary>
    public Coding? Translate(string system, string code) =>
        _targets.TryGetValue((system, code), out var target)
            ? new Coding { System = new FhirUri(target.System!.Value), Code = new Code(target.Code!.Value), Display = target.Display is null ? null : new FhirString(target.Display.Value) }
            : null;
}
