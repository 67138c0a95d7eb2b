using Interop.Fhir.Introspection;
using Interop.Fhir.Serialization.Json;

namespace Interop.Cli.Conformance;

/// <summary>JSON → model → JSON, which must equal the input.</summary>
internal sealed class JsonRoundTrip : IRoundTrip
{
    /// <inheritdoc />
    public string? Run(byte[] content, ModelInfo model)
    {
        var parsed = new FhirJsonParser(model).Parse(content);
        if (ParseFailure.Describe("json parse", parsed) is { } failure)
        {
            return failure;
        }

        var written = new FhirJsonSerializer().SerializeToUtf8Bytes(parsed.Resource!);
        return JsonComparer.Compare(content, written) is { } difference ? $"json→json {difference}" : null;
    }
}
