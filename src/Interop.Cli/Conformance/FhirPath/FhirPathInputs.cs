using System.Collections.Concurrent;
using Interop.Cli.Conversion;
using Interop.Fhir;
using Interop.Fhir.Introspection;

namespace Interop.Cli.Conformance.FhirPath;

/// <summary>
/// The suite's input resources, each parsed once (XML or JSON by its extension) and shared by every test using it. With
/// <paramref name="otherFormat"/>, each is written in the other format and read back from that, so the suite also proves
/// that a resource read from JSON and from XML evaluates the same.
/// </summary>
internal sealed class FhirPathInputs(string folder, ModelInfo model, bool otherFormat = false)
{
    private readonly ConcurrentDictionary<string, Lazy<Base>> _parsed = new(StringComparer.Ordinal);

    /// <summary>
    /// The resource in <paramref name="fileName"/>; throws <see cref="InvalidDataException"/> when it does not parse cleanly,
    /// unless it is a known invalid input giving only its stated issue.
    /// </summary>
    public Base Get(string fileName) => _parsed.GetOrAdd(fileName, name => new Lazy<Base>(() => Parse(name))).Value;

    private Base Parse(string fileName)
    {
        var format = fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? FhirFormat.Json : FhirFormat.Xml;
        var resource = Read(fileName, File.ReadAllBytes(Path.Combine(folder, fileName)), format);
        if (!otherFormat)
        {
            return resource;
        }

        var other = FhirFormats.Other(format);
        return Read($"{fileName} as {other}", FhirFormats.Serialize(resource, other), other);
    }

    private Base Read(string name, byte[] content, FhirFormat format)
    {
        var result = FhirFormats.Parse(content, format, model);
        if (KnownInvalidInputs.ByFileName.TryGetValue(name, out var known)
            && result.Resource is not null
            && result.Issues.Where(i => i.IsError).All(i => i.Code == known.IssueCode))
        {
            return result.Resource;
        }

        return ParseFailure.Describe($"input {name}", result) is { } failure
            ? throw new InvalidDataException(failure)
            : result.Resource!;
    }
}
