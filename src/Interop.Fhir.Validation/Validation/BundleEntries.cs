using Interop.Fhir.Introspection;
using Interop.Fhir.Navigation;

namespace Interop.Fhir.Validation.Validation;

/// <summary>The entries of one Bundle, for resolving references inside it as R4's "Resolving references in Bundles" says.</summary>
internal sealed class BundleEntries
{
    private readonly List<BundleEntry> _entries;

    // Every reference in the Bundle is resolved against the entries, so they are looked up by fullUrl rather than scanned.
    private readonly Dictionary<string, List<BundleEntry>> _byFullUrl;

    private BundleEntries(Base bundle, List<BundleEntry> entries)
    {
        Bundle = bundle;
        _entries = entries;
        _byFullUrl = entries.Where(e => e.FullUrl is not null)
            .GroupBy(e => e.FullUrl!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    /// <summary>The Bundle resource.</summary>
    public Base Bundle { get; }

    /// <summary>The Bundle's type (<c>document</c>, <c>message</c>...), or null.</summary>
    public string? Type => Bundle.Text("type");

    /// <summary>The entries that have a resource, in Bundle order.</summary>
    public IReadOnlyList<BundleEntry> Entries => _entries;

    /// <summary>Indexes the entries of <paramref name="bundle"/>.</summary>
    public static BundleEntries Of(Base bundle)
    {
        var entries = new List<BundleEntry>();
        var index = 0;
        foreach (var entry in bundle.Children("entry"))
        {
            if (entry.Child("resource") is { } resource)
            {
                entries.Add(new BundleEntry(index, entry.Text("fullUrl"), resource.Child("meta").Text("versionId"), resource));
            }

            index++;
        }

        return new BundleEntries(bundle, entries);
    }

    /// <summary>
    /// The entries <paramref name="reference"/>, held by the resource of the entry whose fullUrl is <paramref name="sourceFullUrl"/>,
    /// resolves to: none when it points outside the Bundle (or means nothing inside it), several when it is ambiguous.
    /// </summary>
    public IReadOnlyList<BundleEntry> Resolve(string reference, string? sourceFullUrl, ModelInfo model)
    {
        var literal = WithFullUrl(reference);
        if (literal.Count > 0 || RestfulUrl.Parse(reference, model) is not { } url)
        {
            return literal;
        }

        // A relative reference is read against the root of its entry's RESTful fullUrl; beside a urn: fullUrl it names
        // a resource on some server, not an entry.
        var absolute = url.Base is not null ? url.Versionless
            : sourceFullUrl is not null && RestfulUrl.Parse(sourceFullUrl, model) is { IsAbsolute: true } source ? $"{source.Base}/{url.Type}/{url.Id}"
            : null;
        return absolute is null
            ? []
            : [.. WithFullUrl(absolute).Where(e => url.Version is null || e.VersionId == url.Version)];
    }

    private IReadOnlyList<BundleEntry> WithFullUrl(string fullUrl) => _byFullUrl.TryGetValue(fullUrl, out var entries) ? entries : [];
}
