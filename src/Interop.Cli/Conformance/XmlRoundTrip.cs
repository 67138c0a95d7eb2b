using Interop.Fhir.Introspection;
using Interop.Fhir.Serialization.Json;
using Interop.Fhir.Serialization.Xml;

namespace Interop.Cli.Conformance;

/// <summary>XML → model → XML, and model → JSON → model → XML; both must equal the input as XML infosets.</summary>
internal sealed class XmlRoundTrip : IRoundTrip
{
    /// <inheritdoc />
    public string? Run(byte[] content, ModelInfo model)
    {
        var fromXml = new FhirXmlParser(model).Parse(content);
        if (ParseFailure.Describe("xml parse", fromXml) is { } xmlFailure)
        {
            return xmlFailure;
        }

        var xmlSerializer = new FhirXmlSerializer();
        var direct = xmlSerializer.SerializeToUtf8Bytes(fromXml.Resource!);
        if (XmlInfosetComparer.Compare(content, direct) is { } directDifference)
        {
            return $"xml→xml {directDifference}";
        }

        var json = new FhirJsonSerializer().SerializeToUtf8Bytes(fromXml.Resource!);
        var fromJson = new FhirJsonParser(model).Parse(json);
        if (ParseFailure.Describe("json re-parse", fromJson) is { } jsonFailure)
        {
            return jsonFailure;
        }

        var viaJson = xmlSerializer.SerializeToUtf8Bytes(fromJson.Resource!);
        return XmlInfosetComparer.Compare(content, viaJson) is { } difference ? $"xml→json→xml {difference}" : null;
    }
}
