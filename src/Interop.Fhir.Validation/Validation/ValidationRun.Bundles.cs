using Interop.Fhir.Navigation;
using Interop.Fhir.Serialization;

namespace Interop.Fhir.Validation.Validation;

/// <summary>The Bundle rules: fullUrls (present, unique, absolute, agreeing with the resource), search results, links, first entries.</summary>
internal sealed partial class ValidationRun
{
    private void CheckBundle(Base bundle, string location)
    {
        var entries = bundle.Children("entry").ToList();
        var type = bundle.Text("type");
        if (type is not ("history" or "searchset"))
        {
            // The same resource may appear in several versions: a fullUrl repeats legitimately with different meta.versionIds.
            var seen = new HashSet<(string, string?)>();
            for (var i = 0; i < entries.Count; i++)
            {
                if (entries[i].Text("fullUrl") is { } fullUrl && !seen.Add((fullUrl, entries[i].Child("resource").Child("meta").Text("versionId"))))
                {
                    Report(IssueSeverity.Error, IssueType.Invalid, ValidationCodes.DuplicateFullUrl, "Two entries have the same fullUrl.", $"{location}.entry[{i}].fullUrl");
                }
            }
        }

        for (var i = 0; i < entries.Count; i++)
        {
            CheckEntry(entries[i], type, $"{location}.entry[{i}]");
        }

        foreach (var repeated in bundle.Children("link").Select(l => l.Text("relation")).Where(r => r is not null).GroupBy(r => r).Where(g => g.Count() > 1))
        {
            Report(IssueSeverity.Error, IssueType.Invalid, ValidationCodes.RepeatedLinkRelation, $"The link relation '{repeated.Key}' may occur only once.", $"{location}.link");
        }

        var first = entries.Count > 0 ? entries[0].Child("resource")?.ClassMapping.Name : null;
        if (type == "message" && first != "MessageHeader")
        {
            Report(IssueSeverity.Error, IssueType.Invalid, ValidationCodes.MessageHeaderNotFirst, "A message Bundle must start with its MessageHeader.", location);
        }
        else if (type == "document" && first != "Composition")
        {
            Report(IssueSeverity.Error, IssueType.Invalid, ValidationCodes.CompositionNotFirst, "A document Bundle must start with its Composition.", location);
        }
    }

    private void CheckEntry(Base entry, string? bundleType, string location)
    {
        var resource = entry.Child("resource");
        var fullUrl = entry.Text("fullUrl");
        if (fullUrl is not null && !Uri.TryCreate(fullUrl, UriKind.Absolute, out _))
        {
            Report(IssueSeverity.Error, IssueType.Invalid, ValidationCodes.RelativeFullUrl, "A fullUrl must be an absolute URL.", $"{location}.fullUrl");
        }

        if (resource is null)
        {
            return;
        }

        // The fullUrl is the resource's identity; only a transaction or batch may create a resource that has none yet.
        if (fullUrl is null && bundleType is not ("transaction" or "batch" or "transaction-response" or "batch-response"))
        {
            Report(IssueSeverity.Error, IssueType.Invalid, ValidationCodes.EntryWithoutFullUrl,
                "Except in transactions and batches, each entry must have a fullUrl, the identity of its resource.", location);
        }

        // A fullUrl of the RESTful form [base]/Type/id names the resource on its server: it SHALL NOT disagree with Resource.id.
        if (fullUrl is not null && RestfulUrl.Parse(fullUrl, validator.Resolver.Model) is { IsAbsolute: true, Version: null } url)
        {
            var id = resource.Text("id");
            if (id != url.Id || url.Type != resource.ClassMapping.Name)
            {
                Report(IssueSeverity.Error, IssueType.Invalid, ValidationCodes.FullUrlDisagreesWithResource,
                    id is null
                        ? "The fullUrl is a RESTful URL, but the resource has no id."
                        : $"The fullUrl is a RESTful URL, so it must end with the resource's type and id ({resource.ClassMapping.Name}/{id}).", location);
            }
        }

        // An entry in search mode outcome (an OperationOutcome, when no mode is given) is about the search, not a match
        // with an id on the server.
        var mode = entry.Child("search").Text("mode");
        var isOutcome = mode == "outcome" || (mode is null && resource.ClassMapping.Name == "OperationOutcome");
        if (bundleType == "searchset" && resource.Text("id") is null && !isOutcome)
        {
            Report(IssueSeverity.Error, IssueType.Invalid, ValidationCodes.SearchResultWithoutId, "Search results must have ids.", $"{location}.resource");
        }
    }
}
