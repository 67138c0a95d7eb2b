using Interop.Fhir.Navigation;

namespace Interop.Fhir.Validation.Terminology;

/// <summary>A loaded CodeSystem read into a lookup by code, for any FHIR version.</summary>
internal sealed class CodeSystemIndex
{
    private readonly Dictionary<string, CodeSystemConcept> concepts;

    private CodeSystemIndex(bool isComplete, StringComparer codeComparer)
    {
        IsComplete = isComplete;
        CodeComparer = codeComparer;
        concepts = new Dictionary<string, CodeSystemConcept>(codeComparer);
    }

    /// <summary>Whether the resource lists every concept of the code system (<c>content</c> is <c>complete</c>).</summary>
    public bool IsComplete { get; }

    /// <summary>How the code system compares codes: ordinal unless <c>caseSensitive</c> is false.</summary>
    public StringComparer CodeComparer { get; }

    /// <summary>Every concept, at any depth.</summary>
    public IEnumerable<CodeSystemConcept> Concepts => concepts.Values;

    /// <summary>The concept with <paramref name="code"/>, or null.</summary>
    public CodeSystemConcept? Find(string code) => concepts.GetValueOrDefault(code);

    /// <summary>Reads a CodeSystem resource of any FHIR version.</summary>
    public static CodeSystemIndex Read(Base codeSystem)
    {
        // The spec leaves a missing caseSensitive unspecified; treating codes as case-sensitive is the strict reading.
        var caseInsensitive = codeSystem.Text("caseSensitive") == "false";
        var index = new CodeSystemIndex(
            codeSystem.Text("content") == "complete",
            caseInsensitive ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var concept in codeSystem.Children("concept"))
        {
            index.Add(concept, parent: null);
        }

        index.LinkHierarchyProperties();
        return index;
    }

    private void Add(Base element, CodeSystemConcept? parent)
    {
        if (element.Text("code") is not { } code)
        {
            return;
        }

        if (!concepts.TryGetValue(code, out var concept))
        {
            concept = new CodeSystemConcept(code, element.Text("display"));
            concepts.Add(code, concept);
            concept.Designations.AddRange(element.Children("designation").Select(d => d.Text("value")).OfType<string>());
            foreach (var property in element.Children("property"))
            {
                if (property.Text("code") is { } name && PropertyText(property.Child("value")) is { } value)
                {
                    concept.Properties.Add(new(name, value));
                }
            }
        }

        if (parent is not null)
        {
            CodeSystemConcept.Link(parent, concept);
        }

        foreach (var child in element.Children("concept"))
        {
            Add(child, concept);
        }
    }

    // Some code systems (v3 ones among them) state the hierarchy with the standard parent and child properties instead of nesting.
    private void LinkHierarchyProperties()
    {
        foreach (var concept in concepts.Values)
        {
            foreach (var parent in concept.StatedValuesOf("parent").Select(Find).OfType<CodeSystemConcept>())
            {
                CodeSystemConcept.Link(parent, concept);
            }

            foreach (var child in concept.StatedValuesOf("child").Select(Find).OfType<CodeSystemConcept>())
            {
                CodeSystemConcept.Link(concept, child);
            }
        }
    }

    private static string? PropertyText(Base? value) => value switch
    {
        IPrimitive primitive => primitive.RawValue,
        not null when value.TypeName() == "Coding" => value.Text("code"),
        _ => null,
    };
}
