using Interop.Engine.Destinations;
using Interop.Engine.Messages;
using Interop.Fhir.Serialization.Json;
using Interop.Fhir.Serialization.Xml;
using Interop.Mappings.Stu3ToR4;

namespace Interop.Engine.Pipeline;

/// <summary>Puts a stored payload into the format a destination accepts: as received when it matches, else re-serialized.</summary>
internal static class PayloadFormatter
{
    /// <summary>The stable code of a payload that cannot be put into the destination's FHIR version.</summary>
    public const string VersionMismatchCode = "ENG415";

    private static readonly FhirJsonSerializer Json = new();
    private static readonly FhirXmlSerializer Xml = new();

    /// <summary>
    /// The payload and its content type for <paramref name="destination"/>: as received, in the other format, or an STU3
    /// message converted to R4 for an R4 destination; null when it cannot be put into the destination's version (R4 to STU3).
    /// </summary>
    public static (byte[] Payload, string ContentType)? ForDestination(byte[] payload, StoredMessage message, Destination destination)
    {
        var destinationVersion = destination.FhirVersion == DestinationFhirVersion.R4 ? FhirVersions.R4 : FhirVersions.Stu3;
        var converting = destinationVersion != message.FhirVersion;
        if (converting && destinationVersion != FhirVersions.R4)
        {
            return null;
        }

        var wantsXml = destination.Format == DestinationFormat.Xml;
        var mediaType = wantsXml ? FhirVersions.XmlMediaType : FhirVersions.JsonMediaType;
        var contentType = $"{mediaType}; charset=utf-8";
        if (!converting && message.ContentType == mediaType)
        {
            return (payload, contentType);
        }

        var resource = MessagePayload.Parse(message.FhirVersion, message.ContentType, payload).Resource
            ?? throw new InvalidDataException($"Stored message {message.Id} no longer parses.");
        if (converting)
        {
            // What the conversion cannot carry it reports per element; a resource it cannot convert at all is not sent.
            if (Stu3ToR4Converter.Convert(resource).Resource is not { } converted)
            {
                return null;
            }

            resource = converted;
        }

        return (wantsXml ? Xml.SerializeToUtf8Bytes(resource) : Json.SerializeToUtf8Bytes(resource), contentType);
    }
}
