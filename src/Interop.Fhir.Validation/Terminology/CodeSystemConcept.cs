namespace Interop.Fhir.Validation.Terminology;

/// <summary>A concept of a loaded code system: its code, display, property values and place in the is-a hierarchy.</summary>
internal sealed class CodeSystemConcept(string code, string? display)
{
    /// <summary>The concept's code.</summary>
    public string Code { get; } = code;

    /// <summary>The concept's display, when given.</summary>
    public string? Display { get; } = display;

    /// <summary>The concept's other names (<c>designation.value</c>): translations and synonyms.</summary>
    public List<string> Designations { get; } = [];

    /// <summary>The concept's property values, each by property code, as text (a Coding value by its code).</summary>
    public List<KeyValuePair<string, string>> Properties { get; } = [];

    /// <summary>The concepts directly below this one.</summary>
    public List<CodeSystemConcept> Children { get; } = [];

    /// <summary>The concepts directly above this one.</summary>
    public List<CodeSystemConcept> Parents { get; } = [];

    /// <summary>
    /// The values of <paramref name="property"/> as a filter sees them: <c>concept</c> and <c>code</c> name the code itself,
    /// <c>display</c> the display, <c>parent</c> and <c>child</c> the neighbours in the hierarchy however it was stated.
    /// </summary>
    public IEnumerable<string> ValuesOf(string property) => property switch
    {
        "concept" or "code" => [Code],
        "display" => Display is null ? [] : [Display],
        "parent" => Parents.Select(static p => p.Code),
        "child" => Children.Select(static c => c.Code),
        _ => StatedValuesOf(property),
    };

    /// <summary>The values the code system states for <paramref name="property"/> on this concept.</summary>
    public IEnumerable<string> StatedValuesOf(string property) =>
        Properties.Where(p => string.Equals(p.Key, property, StringComparison.Ordinal)).Select(static p => p.Value);

    /// <summary>Records that <paramref name="child"/> sits directly below <paramref name="parent"/>, once.</summary>
    public static void Link(CodeSystemConcept parent, CodeSystemConcept child)
    {
        if (!parent.Children.Contains(child))
        {
            parent.Children.Add(child);
            child.Parents.Add(parent);
        }
    }

    /// <summary>This concept and everything below it (<paramref name="includeSelf"/>) or only what is below it.</summary>
    public HashSet<CodeSystemConcept> Descendants(bool includeSelf) => Walk(includeSelf, static c => c.Children);

    /// <summary>This concept and everything above it.</summary>
    public HashSet<CodeSystemConcept> AncestorsAndSelf() => Walk(includeSelf: true, static c => c.Parents);

    // A breadth-first walk that tolerates the cycles a badly authored parent/child property can make.
    private HashSet<CodeSystemConcept> Walk(bool includeSelf, Func<CodeSystemConcept, List<CodeSystemConcept>> next)
    {
        var seen = new HashSet<CodeSystemConcept> { this };
        var queue = new Queue<CodeSystemConcept>([this]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var concept in next(current))
            {
                if (seen.Add(concept))
                {
                    queue.Enqueue(concept);
                }
            }
        }

        if (!includeSelf)
        {
            seen.Remove(this);
        }

        return seen;
    }
}
