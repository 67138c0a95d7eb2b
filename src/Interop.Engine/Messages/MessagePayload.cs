using Interop.Fhir;
using Interop.Fhir.Serialization;
using Interop.Fhir.Serialization.Json;
using Interop.Fhir.Serialization.Xml;

namespace Interop.Engine.Messages;

/// <summary>Reads a payload the way it was sent: its FHIR version's model, in its media type's format.</summary>
internal static class MessagePayload
{
    /// <summary>Parses <paramref name="payload"/> as <paramref name="fhirVersion"/> in <paramref name="mediaType"/> (FHIR XML, else JSON).</summary>
    public static ParseResult Parse(string fhirVersion, string mediaType, ReadOnlySpan<byte> payload, FhirParserOptions? options = null)
    {
        var model = FhirVersions.Model(fhirVersion);
        return mediaType == FhirVersions.XmlMediaType
            ? new FhirXmlParser(model, options).Parse(payload)
            : new FhirJsonParser(model, options).Parse(payload);
    }

    /// <summary>Parses the payload of a stored message, which parsed when it was accepted.</summary>
    public static Base ParseStored(StoredMessage message, byte[] payload) =>
        Parse(message.FhirVersion, message.ContentType, payload).Resource
        ?? throw new InvalidDataException($"The stored payload of message {message.Id} no longer parses.");
}
