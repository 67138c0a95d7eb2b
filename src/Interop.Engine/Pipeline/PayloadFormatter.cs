using Interop.Engine.Destinations;
using Interop.Engine.Messages;
using Interop.Fhir.Serialization.Json;
using Interop.Fhir.Serialization.Xml;

namespace Interop.Engine.Pipeline;

/// <summary>Puts a stored payload into the format a destination accepts: as received when it matches, else re-serialized.</summary>
internal static class PayloadFormatter
{
    /// <summary>The stable code of a payload that cannot be put into the destination's FHIR version yet.</summary>
    public const string VersionMismatchCode = "ENG415";

    private static readonly FhirJsonSerializer Json = new();
    private static readonly FhirXmlSerializer Xml = new();

    /// <summary>The payload and its content type for <paramref name="destination"/>, or null when the versions differ.</summary>
    public static (byte[] Payload, string ContentType)? ForDestination(byte[] payload, StoredMessage message, Destination destination)
    {
        var destinationVersion = destination.FhirVersion == DestinationFhirVersion.R4 ? FhirVersions.R4 : FhirVersions.Stu3;
        if (destinationVersion != message.FhirVersion)
        {
            // STU3 to R4 conversion arrives with the clinical flows.
            return null;
        }

        var wantsXml = destination.Format == DestinationFormat.Xml;
        var mediaType = wantsXml ? FhirVersions.XmlMediaType : FhirVersions.JsonMediaType;
        var contentType = $"{mediaType}; charset=utf-8";
        if (message.ContentType == mediaType)
        {
            return (payload, contentType);
        }

        var resource = MessagePayload.Parse(message.FhirVersion, message.ContentType, payload).Resource
            ?? throw new InvalidDataException($"Stored message {message.Id} no longer parses.");
        return (wantsXml ? Xml.SerializeToUtf8Bytes(resource) : Json.SerializeToUtf8Bytes(resource), contentType);
    }
}
