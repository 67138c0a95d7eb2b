using Interop.Fhir.Introspection;
using Interop.Fhir.Navigation;
using Interop.Fhir.Serialization;
using Interop.Fhir.Serialization.Json;
using Interop.Fhir.Serialization.Xml;
using Interop.Fhir.Validation.Validation;

namespace Interop.Fhir.Validation.Packages;

/// <summary>A canonical resource found in a package: indexed by its header, parsed on first use (once, thread-safe).</summary>
internal sealed class ResourceEntry
{
    private readonly Lazy<Base?> _resource;

    /// <summary>Creates the entry; <paramref name="file"/> is read again when the resource is first needed.</summary>
    public ResourceEntry(ResourceHeader header, PackageFile file, ModelInfo model, Action<PackageIssue> report)
    {
        ResourceType = header.ResourceType;
        Url = header.Url ?? "";
        Version = header.Version;
        Source = file.Source;
        _resource = new Lazy<Base?>(() => Parse(file, model, report), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The resource type.</summary>
    public string ResourceType { get; }

    /// <summary>The canonical URL.</summary>
    public string Url { get; }

    /// <summary>The business version, if any.</summary>
    public string? Version { get; }

    /// <summary>The file (or package entry) it came from.</summary>
    public string Source { get; }

    /// <summary>The parsed resource; null when it could not be parsed (the issue is reported once).</summary>
    public Base? Resource => _resource.Value;

    /// <inheritdoc />
    public override string ToString() => Version is null ? Url : $"{Url}|{Version}";

    private Base? Parse(PackageFile file, ModelInfo model, Action<PackageIssue> report)
    {
        ParseResult result;
        try
        {
            var bytes = file.ReadAll();
            result = file.IsXml ? new FhirXmlParser(model).Parse(bytes) : new FhirJsonParser(model).Parse(bytes.AsMemory());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            report(new PackageIssue(IssueSeverity.Error, ValidationCodes.PackageFileUnreadable, $"The file could not be read ({e.GetType().Name}).", Source));
            return null;
        }

        // A fatal issue means the reader stopped part way: what it built is not the definition.
        if (result.Resource is null || result.Resource.TypeName() != ResourceType || result.Issues.Any(i => i.Severity == IssueSeverity.Fatal))
        {
            report(new PackageIssue(IssueSeverity.Error, ValidationCodes.PackageFileUnreadable,
                $"The {ResourceType} could not be parsed ({result.Issues.FirstOrDefault(i => i.IsError)?.Code}); it is skipped.", Source));
            return null;
        }

        // The parser is lenient and keeps what it could read; a definition with faults is still mostly usable.
        if (result.HasErrors)
        {
            report(new PackageIssue(IssueSeverity.Warning, ValidationCodes.PackageFileUnreadable,
                $"The {ResourceType} has parse errors ({string.Join(", ", result.Issues.Where(i => i.IsError).Select(i => i.Code).Distinct())}); what could be read is used.", Source));
        }

        return result.Resource;
    }
}
