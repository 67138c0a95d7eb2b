using System.Text;
using Interop.Engine.Messages;
using Interop.Fhir.Serialization;
using Interop.Fhir.Serialization.Json;
using Interop.Fhir.Serialization.Xml;

namespace Interop.Engine.Privacy;

/// <summary>A FHIR payload put into a form for people: pretty-printed in its own format, patient details masked unless revealed.</summary>
/// <param name="Format"><c>json</c> or <c>xml</c>.</param>
/// <param name="Body">The text; null when it is masked and does not parse, so nothing could be masked in it.</param>
/// <param name="Masked">Whether patient details were masked.</param>
internal sealed record ReadablePayload(string Format, string? Body, bool Masked)
{
    private static readonly FhirSerializerOptions Pretty = new() { Indented = true };
    private static readonly FhirJsonSerializer Json = new(Pretty);
    private static readonly FhirXmlSerializer Xml = new(Pretty);

    /// <summary>
    /// Reads <paramref name="payload"/> as <paramref name="fhirVersion"/> in <paramref name="contentType"/> (parameters such as
    /// charset ignored) and writes it back indented; masked unless <paramref name="reveal"/>. A payload that does not parse
    /// is shown as it is when revealed, and not at all when masked.
    /// </summary>
    public static ReadablePayload Render(string fhirVersion, string contentType, ReadOnlySpan<byte> payload, bool reveal)
    {
        var mediaType = contentType.Split(';')[0].Trim();
        var xml = mediaType == FhirVersions.XmlMediaType;
        var format = xml ? "xml" : "json";
        var resource = MessagePayload.Parse(fhirVersion, xml ? FhirVersions.XmlMediaType : FhirVersions.JsonMediaType, payload).Resource;
        if (resource is not null && !reveal)
        {
            PatientDetailsMasker.MaskPatientDetails(resource);
        }

        try
        {
            if (resource is not null)
            {
                return new ReadablePayload(format, xml ? Xml.Serialize(resource) : Json.Serialize(resource), !reveal);
            }
        }
        catch (FormatException)
        {
            // A narrative that is not well-formed XHTML cannot be written as XML; it is shown as received, or not at all.
        }

        return reveal ? new ReadablePayload(format, Encoding.UTF8.GetString(payload), false) : new ReadablePayload(format, null, true);
    }
}
