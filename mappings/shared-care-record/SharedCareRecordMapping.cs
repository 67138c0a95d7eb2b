using Interop.Fhir.R4;

namespace Interop.Mappings.SharedCareRecord;

/// <summary>
/// Turns the UK Core R4 resources of one accepted clinical message into the transaction Bundle written to the Shared
/// Care Record: conditional creates and updates on business identifiers, so a replay leaves the record unchanged.
/// </summary>
public static class SharedCareRecordMapping
{
    /// <summary>Maps the message's resources to a transaction, or reports why it must not be written; the same input always gives the same output.</summary>
    public static SharedCareRecordResult Map(SharedCareRecordSource source, IReadOnlyList<SourceResource> resources)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(resources);

        var issues = new List<SharedCareRecordIssue>();
        if (string.IsNullOrWhiteSpace(source.DocumentSystem) || string.IsNullOrWhiteSpace(source.DocumentValue))
        {
            issues.Add(new SharedCareRecordIssue(
                SharedCareRecordIssueCodes.MissingDocumentIdentifier, IsError: true, "The message has no document identifier.", "document"));
            return new SharedCareRecordResult(null, issues);
        }

        var (planned, targets) = Plan(source, resources, issues);
        var rewriter = new ReferenceRewriter(targets, issues);
        foreach (var entry in planned)
        {
            rewriter.Rewrite(entry.Resource, entry.SourceFullUrl);
        }

        return issues.Any(i => i.IsError)
            ? new SharedCareRecordResult(null, issues)
            : new SharedCareRecordResult(TransactionBuilder.Build(source, planned), issues);
    }

    private static (List<PlannedEntry> Planned, Dictionary<string, string?> Targets) Plan(
        SharedCareRecordSource source, IReadOnlyList<SourceResource> resources, List<SharedCareRecordIssue> issues)
    {
        var planned = new List<PlannedEntry>();
        var targets = new Dictionary<string, string?>(StringComparer.Ordinal);
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (sourceFullUrl, resource) in resources)
        {
            var entry = PlanOne(source, sourceFullUrl, resource, issues);
            // The same business key twice (one organisation in two entries) is written once; both entries' references go to it.
            if (entry is not null && written.Add(entry.Key.FullUrl))
            {
                planned.Add(entry);
            }

            foreach (var alias in Aliases(sourceFullUrl, resource))
            {
                targets.TryAdd(alias, entry?.Key.FullUrl);
            }
        }

        return (planned, targets);
    }

    private static PlannedEntry? PlanOne(SharedCareRecordSource source, string sourceFullUrl, Resource resource, List<SharedCareRecordIssue> issues)
    {
        if (!ResourceIdentifiers.CanHold(resource))
        {
            issues.Add(new SharedCareRecordIssue(SharedCareRecordIssueCodes.NoBusinessIdentifier, IsError: true,
                $"A {resource.ClassMapping.Name} has no identifier to match it on, so it cannot be written safely.", sourceFullUrl));
            return null;
        }

        var copy = ResourceCopy.ForWriting(resource);
        if (BusinessKeys.Choose(copy, sourceFullUrl, source) is not { } key)
        {
            issues.Add(new SharedCareRecordIssue(SharedCareRecordIssueCodes.MissingNhsNumber, IsError: true,
                "The patient has no NHS number, so the record cannot be matched safely and nothing is written.", sourceFullUrl));
            return null;
        }

        ResourceIdentifiers.Ensure(copy, key.System, key.Value);
        return new PlannedEntry(key, copy, sourceFullUrl);
    }

    // Other entries reference a resource by its fullUrl, or by Type/id when the message used server-style references.
    private static IEnumerable<string> Aliases(string sourceFullUrl, Resource resource)
    {
        yield return sourceFullUrl;
        if (resource.Id?.Value is { Length: > 0 } id)
        {
            yield return $"{resource.ClassMapping.Name}/{id}";
        }
    }
}
