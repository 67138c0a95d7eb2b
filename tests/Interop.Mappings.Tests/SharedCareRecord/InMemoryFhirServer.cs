using Interop.Fhir.R4;
using Interop.Mappings.SharedCareRecord;

namespace Interop.Mappings.Tests.SharedCareRecord;

/// <summary>
/// A tiny FHIR server for tests: applies a transaction Bundle with R4's conditional create (<c>ifNoneExist</c>),
/// conditional update (<c>PUT Type?criteria</c>) and update-as-create (<c>PUT Type/id</c>), resolving the entries'
/// fullUrls to the ids the writes landed on. Only <c>identifier=system|value</c> criteria are understood.
/// </summary>
internal sealed class InMemoryFhirServer
{
    private readonly SortedDictionary<string, Resource> _resources = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _json = new(StringComparer.Ordinal);
    private int _lastId;

    /// <summary>How many times a write changed what the server holds (a create, or an update with different content).</summary>
    public int Changes { get; private set; }

    /// <summary>Every stored resource as <c>Type/id</c> → JSON, to compare the record before and after.</summary>
    public IReadOnlyDictionary<string, string> Snapshot() => new SortedDictionary<string, string>(_json, StringComparer.Ordinal);

    /// <summary>Applies every entry of <paramref name="transaction"/>.</summary>
    public void Apply(Bundle transaction)
    {
        var locations = new Dictionary<string, string?>(StringComparer.Ordinal);
        var writes = new List<(string Location, Resource Resource)>();
        foreach (var entry in transaction.Entry)
        {
            var (location, write) = Resolve(entry);
            locations[entry.FullUrl!.Value!] = location;
            if (write)
            {
                writes.Add((location, ResourceCopy.ForWriting(entry.Resource!)));
            }
        }

        var issues = new List<SharedCareRecordIssue>();
        var rewriter = new ReferenceRewriter(locations, issues);
        foreach (var (location, resource) in writes)
        {
            rewriter.Rewrite(resource, location);
            resource.Id = new Id(location.Split('/')[1]);
            Store(location, resource);
        }

        if (issues.Count > 0)
        {
            throw new InvalidOperationException($"The transaction has unresolved references: {issues.Count}.");
        }
    }

    private (string Location, bool Write) Resolve(Bundle.EntryComponent entry)
    {
        var type = entry.Resource!.ClassMapping.Name;
        var url = entry.Request!.Url!.Value!;
        var isPut = entry.Request.Method!.Value == "PUT";
        if (isPut && !url.Contains('?', StringComparison.Ordinal))
        {
            return (url, true);
        }

        var criteria = isPut ? url[(url.IndexOf('?', StringComparison.Ordinal) + 1)..] : entry.Request.IfNoneExist!.Value!;
        var existing = Find(type, criteria);
        // A conditional create that finds its match writes nothing; a conditional update overwrites the match.
        return existing is null ? ($"{type}/{++_lastId}", true) : (existing, isPut);
    }

    private string? Find(string type, string criteria)
    {
        var systemAndValue = criteria["identifier=".Length..].Split('|', 2);
        var matches = _resources
            .Where(r => r.Key.StartsWith(type + "/", StringComparison.Ordinal)
                && ResourceIdentifiers.Of(r.Value).Any(i => i.System?.Value == systemAndValue[0] && i.Value?.Value == systemAndValue[1]))
            .Select(r => r.Key)
            .ToList();
        return matches.Count <= 1 ? matches.SingleOrDefault() : throw new InvalidOperationException($"{criteria} matches {matches.Count} {type}s (412).");
    }

    private void Store(string location, Resource resource)
    {
        var json = ShcrCase.Serializer.Serialize(resource);
        if (_json.GetValueOrDefault(location) != json)
        {
            Changes++;
        }

        _json[location] = json;
        _resources[location] = resource;
    }
}
