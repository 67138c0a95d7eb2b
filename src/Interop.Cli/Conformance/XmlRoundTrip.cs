using Interop.Fhir.Serialization;
using Interop.Fhir.Introspection;
using Interop.Fhir.Serialization.Json;
using Interop.Fhir.Serialization.Xml;

namespace Interop.Cli.Conformance;

/// <summary>XML → model → XML, and model → JSON → model → XML; both must equal the input as XML infosets (in FHIR order).</summary>
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

        // Input whose elements are out of FHIR's order is read with XML109 warnings and written back in order.
        var inFhirOrder = fromXml.Issues.Any(i => i.Code == ParseIssueCodes.XmlOutOfOrder);
        var xmlSerializer = new FhirXmlSerializer();
        var direct = xmlSerializer.SerializeToUtf8Bytes(fromXml.Resource!);
        if (XmlInfosetComparer.Compare(content, direct, inFhirOrder) is { } directDifference)
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
        return XmlInfosetComparer.Compare(content, viaJson, inFhirOrder) is { } difference ? $"xml→json→xml {difference}" : null;
    }
}
