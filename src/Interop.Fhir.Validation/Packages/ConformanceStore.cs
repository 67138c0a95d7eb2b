using System.Collections.Concurrent;
using System.Collections.Immutable;
using Interop.Fhir.Introspection;
using Interop.Fhir.Serialization;
using Interop.Fhir.Validation.Definitions;
using Interop.Fhir.Validation.Snapshots;
using Interop.Fhir.Validation.Validation;

namespace Interop.Fhir.Validation.Packages;

/// <summary>
/// The conformance resources of a set of packages, indexed by canonical URL and version when loaded and parsed on first
/// use; StructureDefinitions come with snapshots, generated once for those that ship a differential only. Build it
/// once per package set and share it: it is thread-safe.
/// </summary>
public sealed class ConformanceStore : IConformanceResolver
{
    private readonly CanonicalIndex _index;
    private readonly ConcurrentQueue<PackageIssue> _issues;
    private readonly ConcurrentDictionary<ResourceEntry, StructureDefinitionInfo?> _definitions = new();

    private ConformanceStore(ModelInfo model, CanonicalIndex index, ConcurrentQueue<PackageIssue> issues)
    {
        Model = model;
        _index = index;
        _issues = issues;
    }

    /// <inheritdoc />
    public ModelInfo Model { get; }

    /// <summary>The number of canonical resources indexed.</summary>
    public int Count => _index.Count;

    /// <summary>What could not be loaded, parsed or generated so far (parsing and snapshots happen on first use).</summary>
    public IReadOnlyList<PackageIssue> Issues => [.. _issues];

    /// <summary>Loads <paramref name="sources"/> (folders, <c>.tgz</c> packages or resource files) in order; earlier sources win on duplicates.</summary>
    public static ConformanceStore Load(ModelInfo model, IEnumerable<string> sources)
    {
        var issues = new ConcurrentQueue<PackageIssue>();
        return new ConformanceStore(model, PackageLoader.Load(model, sources, issues.Enqueue), issues);
    }

    /// <summary>The canonical URLs (<c>url|version</c> when versioned) of the loaded resources of <paramref name="resourceType"/>.</summary>
    public IEnumerable<string> Canonicals(string resourceType) =>
        _index.Entries.Where(e => e.ResourceType == resourceType).Select(e => e.ToString());

    /// <inheritdoc />
    public StructureDefinitionInfo? FindStructureDefinition(string canonical) => Definition(canonical, []);

    /// <inheritdoc />
    public Base? FindResource(string resourceType, string canonical) => _index.Find(resourceType, canonical)?.Resource;

    // The chain holds the definitions whose snapshots are being generated on this call path, to stop at a cycle.
    private StructureDefinitionInfo? Definition(string canonical, ImmutableHashSet<ResourceEntry> chain)
    {
        if (_index.Find("StructureDefinition", canonical) is not { } entry)
        {
            return null;
        }

        if (_definitions.TryGetValue(entry, out var known))
        {
            return known;
        }

        if (chain.Contains(entry))
        {
            _issues.Enqueue(new PackageIssue(IssueSeverity.Error, ValidationCodes.SnapshotCycle,
                $"{entry} is its own base or type, through {string.Join(", ", chain)}.", entry.ToString()));
            return null;
        }

        var issues = new List<PackageIssue>();
        var definition = entry.Resource is { } resource ? Complete(StructureDefinitionReader.Read(resource), chain.Add(entry), issues.Add) : null;

        // Two threads may build the same definition at once: the first one stored is everyone's, with its issues.
        if (_definitions.TryAdd(entry, definition))
        {
            issues.ForEach(_issues.Enqueue);
        }

        return _definitions[entry];
    }

    private StructureDefinitionInfo Complete(StructureDefinitionInfo definition, ImmutableHashSet<ResourceEntry> chain, Action<PackageIssue> report) =>
        definition.Snapshot.Count > 0 || definition.Differential.Count == 0
            ? definition
            : definition with { Snapshot = SnapshotGenerator.Generate(definition, c => Definition(c, chain), report) };
}
