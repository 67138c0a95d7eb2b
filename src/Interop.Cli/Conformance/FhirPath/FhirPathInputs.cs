using System.Collections.Concurrent;
using Interop.Fhir;
using Interop.Fhir.Introspection;
using Interop.Fhir.Serialization;
using Interop.Fhir.Serialization.Json;
using Interop.Fhir.Serialization.Xml;

namespace Interop.Cli.Conformance.FhirPath;

/// <summary>The suite's input resources, each parsed once (XML or JSON by its extension) and shared by every test using it.</summary>
internal sealed class FhirPathInputs(string folder, ModelInfo model)
{
    private readonly ConcurrentDictionary<string, Lazy<Base>> _parsed = new(StringComparer.Ordinal);

    /// <summary>The resource in <paramref name="fileName"/>; throws <see cref="InvalidDataException"/> when it does not parse cleanly.</summary>
    public Base Get(string fileName) => _parsed.GetOrAdd(fileName, name => new Lazy<Base>(() => Parse(name))).Value;

    private Base Parse(string fileName)
    {
        var content = File.ReadAllBytes(Path.Combine(folder, fileName));
        var result = fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? new FhirJsonParser(model).Parse(content)
            : new FhirXmlParser(model).Parse(content);
        return ParseFailure.Describe($"input {fileName}", result) is { } failure
            ? throw new InvalidDataException(failure)
            : result.Resource!;
    }
}
