using Interop.Fhir.Serialization;
using Interop.Fhir.Validation.Validation;

namespace Interop.Fhir.Validation.Packages;

/// <summary>Canonical resources by URL, each URL with its versions in load order; read-only once built.</summary>
internal sealed class CanonicalIndex
{
    private readonly Dictionary<string, List<ResourceEntry>> _byUrl = new(StringComparer.Ordinal);

    /// <summary>The number of entries indexed.</summary>
    public int Count { get; private set; }

    /// <summary>Every entry, in load order per URL.</summary>
    public IEnumerable<ResourceEntry> Entries => _byUrl.Values.SelectMany(e => e);

    /// <summary>Adds <paramref name="entry"/>, unless an entry of the same type, URL and version is already there (reported, the first kept).</summary>
    public void Add(ResourceEntry entry, Action<PackageIssue> report)
    {
        if (!_byUrl.TryGetValue(entry.Url, out var versions))
        {
            _byUrl[entry.Url] = versions = [];
        }

        if (versions.Find(e => e.ResourceType == entry.ResourceType && e.Version == entry.Version) is { } first)
        {
            report(new PackageIssue(IssueSeverity.Warning, ValidationCodes.DuplicateCanonical,
                $"{entry} is also in {first.Source}; the first one loaded is used.", entry.Source));
            return;
        }

        versions.Add(entry);
        Count++;
    }

    /// <summary>
    /// The entry of <paramref name="resourceType"/> (any type when null) for <paramref name="canonical"/>: with
    /// <c>|version</c> that version (or the latest it is a prefix of), else the latest version (the first loaded among equals).
    /// </summary>
    public ResourceEntry? Find(string? resourceType, string canonical)
    {
        var bar = canonical.IndexOf('|');
        var url = bar < 0 ? canonical : canonical[..bar];
        var version = bar < 0 ? null : canonical[(bar + 1)..];
        if (!_byUrl.TryGetValue(url, out var versions))
        {
            return null;
        }

        ResourceEntry? best = null;
        foreach (var entry in versions)
        {
            if (resourceType is not null && entry.ResourceType != resourceType)
            {
                continue;
            }

            if (version is not null)
            {
                if (entry.Version == version)
                {
                    return entry;
                }

                // A partial version (4.0 for 4.0.1) matches the latest version it starts.
                if (entry.Version is null || !entry.Version.StartsWith(version + ".", StringComparison.Ordinal))
                {
                    continue;
                }
            }

            if (best is null || CanonicalVersion.Compare(entry.Version, best.Version) > 0)
            {
                best = entry;
            }
        }

        return best;
    }
}
