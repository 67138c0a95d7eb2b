using System.Text.RegularExpressions;

namespace Interop.Fhir.Validation.Terminology;

/// <summary>Applies a ValueSet <c>compose.include.filter</c> to a loaded code system.</summary>
internal static class ConceptFilter
{
    // Filters come from packages, not messages, but a pathological pattern must still not stall validation.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    /// <summary>The concepts that pass the filter, or null for an operator or property the engine cannot evaluate.</summary>
    public static HashSet<CodeSystemConcept>? Select(CodeSystemIndex system, string property, string op, string value)
    {
        var hierarchical = property is "concept" or "code";
        return op switch
        {
            "is-a" when hierarchical => system.Find(value)?.Descendants(includeSelf: true) ?? [],
            "descendent-of" when hierarchical => system.Find(value)?.Descendants(includeSelf: false) ?? [],
            "generalizes" when hierarchical => system.Find(value)?.AncestorsAndSelf() ?? [],
            "is-not-a" when hierarchical => Except(system, system.Find(value)?.Descendants(includeSelf: true) ?? []),
            "=" => Where(system, property, v => Comparer(system, hierarchical).Equals(v, value)),
            "in" => Where(system, property, new HashSet<string>(Split(value), Comparer(system, hierarchical)).Contains),
            "not-in" => Except(system, Where(system, property, new HashSet<string>(Split(value), Comparer(system, hierarchical)).Contains)),
            "exists" when value is "true" or "false" => ByExistence(system, property, value == "true"),
            "regex" => Matching(system, property, value),
            _ => null,
        };
    }

    private static HashSet<CodeSystemConcept> Where(CodeSystemIndex system, string property, Func<string, bool> accepts) =>
        system.Concepts.Where(c => c.ValuesOf(property).Any(accepts)).ToHashSet();

    private static HashSet<CodeSystemConcept> Except(CodeSystemIndex system, HashSet<CodeSystemConcept> excluded) =>
        system.Concepts.Where(c => !excluded.Contains(c)).ToHashSet();

    private static HashSet<CodeSystemConcept> ByExistence(CodeSystemIndex system, string property, bool exists) =>
        system.Concepts.Where(c => c.ValuesOf(property).Any() == exists).ToHashSet();

    private static HashSet<CodeSystemConcept>? Matching(CodeSystemIndex system, string property, string pattern)
    {
        try
        {
            var regex = new Regex($@"\A(?:{pattern})\z", RegexOptions.CultureInvariant, MatchTimeout);
            return Where(system, property, regex.IsMatch);
        }
        catch (RegexParseException)
        {
            return null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    // Codes compare as the code system says; other property values are plain text.
    private static StringComparer Comparer(CodeSystemIndex system, bool codes) => codes ? system.CodeComparer : StringComparer.Ordinal;

    private static string[] Split(string value) => value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
