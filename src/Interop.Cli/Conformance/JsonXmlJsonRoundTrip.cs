using Interop.Fhir.Introspection;
using Interop.Fhir.Serialization.Json;
using Interop.Fhir.Serialization.Xml;

namespace Interop.Cli.Conformance;

/// <summary>JSON → model → XML → model → JSON, which must equal the input.</summary>
internal sealed class JsonXmlJsonRoundTrip : IRoundTrip
{
    /// <inheritdoc />
    public string? Run(byte[] content, ModelInfo model)
    {
        var fromJson = new FhirJsonParser(model).Parse(content);
        if (ParseFailure.Describe("json parse", fromJson) is { } jsonFailure)
        {
            return jsonFailure;
        }

        var xml = new FhirXmlSerializer().SerializeToUtf8Bytes(fromJson.Resource!);
        var fromXml = new FhirXmlParser(model).Parse(xml);
        if (ParseFailure.Describe("xml re-parse", fromXml) is { } xmlFailure)
        {
            return xmlFailure;
        }

        var written = new FhirJsonSerializer().SerializeToUtf8Bytes(fromXml.Resource!);
        return JsonComparer.Compare(content, written) is { } difference ? $"json→xml→json {difference}" : null;
    }
}
