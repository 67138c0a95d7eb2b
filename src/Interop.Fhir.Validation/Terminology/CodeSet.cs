namespace Interop.Fhir.Validation.Terminology;

/// <summary>Codes grouped by system; each system's codes compare as its code system says (case-insensitive when it is not case-sensitive).</summary>
internal sealed class CodeSet(Func<string, StringComparer> comparerFor)
{
    private readonly Dictionary<string, HashSet<string>> bySystem = new(StringComparer.Ordinal);

    /// <summary>A set with no codes; never changed.</summary>
    public static CodeSet Empty { get; } = new(static _ => StringComparer.Ordinal);

    /// <summary>Adds a code of <paramref name="system"/> (empty when the code has none).</summary>
    public void Add(string system, string code)
    {
        if (!bySystem.TryGetValue(system, out var codes))
        {
            codes = new HashSet<string>(comparerFor(system));
            bySystem.Add(system, codes);
        }

        codes.Add(code);
    }

    /// <summary>Adds every code of <paramref name="other"/>.</summary>
    public void UnionWith(CodeSet other)
    {
        foreach (var (system, codes) in other.bySystem)
        {
            foreach (var code in codes)
            {
                Add(system, code);
            }
        }
    }

    /// <summary>Keeps only the codes also in <paramref name="other"/>.</summary>
    public void IntersectWith(CodeSet other)
    {
        foreach (var (system, codes) in bySystem)
        {
            if (other.bySystem.TryGetValue(system, out var kept))
            {
                codes.IntersectWith(kept);
            }
            else
            {
                codes.Clear();
            }
        }
    }

    /// <summary>Removes the codes in <paramref name="other"/>.</summary>
    public void ExceptWith(CodeSet other)
    {
        foreach (var (system, codes) in bySystem)
        {
            if (other.bySystem.TryGetValue(system, out var removed))
            {
                codes.ExceptWith(removed);
            }
        }
    }

    /// <summary>Whether the code is in the set: in <paramref name="system"/>, or in any system when <paramref name="system"/> is null.</summary>
    public bool Contains(string? system, string code) => system is null
        ? bySystem.Values.Any(codes => codes.Contains(code))
        : bySystem.TryGetValue(system, out var codes) && codes.Contains(code);
}
