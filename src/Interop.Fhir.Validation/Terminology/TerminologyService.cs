using System.Collections.Immutable;
using Interop.Fhir.Navigation;
using Interop.Fhir.Validation.Packages;

namespace Interop.Fhir.Validation.Terminology;

/// <summary>
/// Expands value sets from the ValueSets and CodeSystems a resolver holds (R4 or STU3, read by element name) and checks codes
/// against them; expansions and code systems are cached per canonical URL.
/// </summary>
internal sealed partial class TerminologyService(IConformanceResolver resolver) : ITerminologyService
{
    // How many value sets, and separately code systems, stay cached: more than a package set holds.
    private const int Capacity = 4096;

    private readonly BoundedCache<ValueSetExpansion> valueSets = new(Capacity);
    private readonly BoundedCache<CodeSystemIndex?> codeSystems = new(Capacity);

    /// <inheritdoc/>
    public CodeCheck CheckCode(string valueSetUrl, string? system, string code) =>
        Expand(valueSetUrl, ImmutableHashSet<string>.Empty).Check(string.IsNullOrEmpty(system) ? null : system, code);

    /// <inheritdoc/>
    public CodeSystemCheck CheckCodeInSystem(string system, string code) => FindCodeSystem(system) switch
    {
        { } index when index.Find(code) is not null => CodeSystemCheck.Known,
        { IsComplete: true } => CodeSystemCheck.Unknown,
        _ => CodeSystemCheck.NotExpandable,
    };

    /// <inheritdoc/>
    public IReadOnlyList<string>? DisplaysOf(string system, string code) =>
        FindCodeSystem(system)?.Find(code) is { } concept ? [.. (concept.Display is { } display ? [display] : Array.Empty<string>()), .. concept.Designations] : null;

    /// <inheritdoc/>
    public bool? MemberOf(object coded, string valueSetUrl)
    {
        var expansion = Expand(valueSetUrl, ImmutableHashSet<string>.Empty);
        if (CodedValues.Of(coded).Any(c => expansion.Check(c.System, c.Code) == CodeCheck.Member))
        {
            return true;
        }

        return expansion.IsComplete ? false : null;
    }

    private ValueSetExpansion Expand(string url, ImmutableHashSet<string> importing) =>
        importing.Contains(url)
            ? ValueSetExpansion.Unexpandable
            : valueSets.GetOrAdd(url, static (u, state) => state.Service.LoadValueSet(u, state.Importing), (Service: this, Importing: importing));

    private ValueSetExpansion LoadValueSet(string url, ImmutableHashSet<string> importing) =>
        resolver.FindResource("ValueSet", url) is { } valueSet ? ExpandValueSet(valueSet, importing.Add(url)) : ValueSetExpansion.Unknown;

    private CodeSystemIndex? FindCodeSystem(string canonical) =>
        codeSystems.GetOrAdd(canonical, static (c, service) => service.LoadCodeSystem(c), this);

    private CodeSystemIndex? LoadCodeSystem(string canonical) =>
        resolver.FindResource("CodeSystem", canonical) is { } codeSystem ? CodeSystemIndex.Read(codeSystem) : null;

    private StringComparer ComparerFor(string system) => FindCodeSystem(system)?.CodeComparer ?? StringComparer.Ordinal;
}
