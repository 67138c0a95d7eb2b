using System.Text.Json;
using System.Xml;
using Interop.Fhir.Introspection;
using Interop.Fhir.Serialization;
using Interop.Fhir.Validation.Validation;

namespace Interop.Fhir.Validation.Packages;

/// <summary>Indexes the canonical resources of package sources by their headers; what cannot be used is reported and skipped.</summary>
internal static class PackageLoader
{
    /// <summary>Indexes every source in order (earlier sources win on duplicates).</summary>
    public static CanonicalIndex Load(ModelInfo model, IEnumerable<string> sources, Action<PackageIssue> report)
    {
        var index = new CanonicalIndex();
        var hasUrl = HasUrlLookup(model);
        foreach (var source in sources)
        {
            IReadOnlyList<PackageFile> files;
            IReadOnlyList<string> fhirVersions;
            try
            {
                (files, fhirVersions) = PackageSources.List(source);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                report(new PackageIssue(IssueSeverity.Error, ValidationCodes.PackageFileUnreadable, $"The package could not be read ({e.GetType().Name}).", source));
                continue;
            }

            if (fhirVersions.Count > 0 && !fhirVersions.Any(v => SameRelease(v, model.FhirVersion)))
            {
                report(new PackageIssue(IssueSeverity.Error, ValidationCodes.PackageWrongFhirVersion,
                    $"The package is for FHIR {string.Join(", ", fhirVersions)}, not {model.FhirVersion}; it is skipped.", source));
                continue;
            }

            // Reading headers is the bulk of a load and independent per file; indexing stays in file order.
            var headers = new ResourceHeader?[files.Count];
            Parallel.For(0, files.Count, i => headers[i] = ReadHeader(files[i], hasUrl, report));
            for (var i = 0; i < files.Count; i++)
            {
                if (headers[i] is not { Url: not null } header)
                {
                    continue;
                }

                if (header.FhirVersion is { } version && !SameRelease(version, model.FhirVersion))
                {
                    report(new PackageIssue(IssueSeverity.Warning, ValidationCodes.PackageWrongFhirVersion,
                        $"The {header.ResourceType} is for FHIR {version}, not {model.FhirVersion}; it is skipped.", files[i].Source));
                    continue;
                }

                index.Add(new ResourceEntry(header, files[i], model, report), report);
            }
        }

        return index;
    }

    /// <summary>Whether two FHIR versions are the same release (major.minor: 4.0.1 and 4.0.0 are; 3.0.2 and 4.0.1 are not).</summary>
    public static bool SameRelease(string x, string y) => MajorMinor(x).SequenceEqual(MajorMinor(y));

    private static ReadOnlySpan<char> MajorMinor(string version)
    {
        var first = version.IndexOf('.');
        var second = first < 0 ? -1 : version.IndexOf('.', first + 1);
        return second < 0 ? version : version.AsSpan(0, second);
    }

    private static ResourceHeader? ReadHeader(PackageFile file, Func<string, bool> hasUrl, Action<PackageIssue> report)
    {
        try
        {
            return ResourceHeaderReader.Read(file, hasUrl);
        }

        catch (Exception e) when (e is JsonException or XmlException or IOException or UnauthorizedAccessException)
        {
            report(new PackageIssue(IssueSeverity.Error, ValidationCodes.PackageFileUnreadable, $"The file could not be read ({e.GetType().Name}); it is skipped.", file.Source));
            return null;
        }
    }

    // Whether resources of a type have a url, found once per type that occurs (describing every type of the model is slow).
    private static Func<string, bool> HasUrlLookup(ModelInfo model)
    {
        var known = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        return type => known.GetOrAdd(type, t => model.FindResource(t)?.FindProperty("url") is not null);
    }
}
