using System.Text.Json;
using System.Xml;

namespace Interop.Fhir.Validation.Packages;

/// <summary>
/// Reads the resource type, url, version and fhirVersion of a resource from its top-level elements only, skipping the
/// rest, so a package of thousands of resources is indexed without building any of them.
/// </summary>
internal static class ResourceHeaderReader
{
    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>The header of a JSON resource; null when the text is not a JSON object with a <c>resourceType</c>.</summary>
    /// <exception cref="JsonException">The text is not well-formed JSON.</exception>
    public static ResourceHeader? ReadJson(ReadOnlySpan<byte> utf8, Func<string, bool> hasUrl)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        string? type = null, url = null, version = null, fhirVersion = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (reader.TokenType == JsonTokenType.String)
            {
                switch (name)
                {
                    case "resourceType":
                        type = reader.GetString();

                        // Resources of a type without url (Patient, Bundle) are never canonical: stop here.
                        if (type is null || !hasUrl(type))
                        {
                            return type is null ? null : new ResourceHeader(type, null, null, null);
                        }

                        break;
                    case "url": url = reader.GetString(); break;
                    case "version": version = reader.GetString(); break;
                    case "fhirVersion": fhirVersion = reader.GetString(); break;
                }
            }
            else
            {
                reader.Skip();
            }
        }

        return type is null ? null : new ResourceHeader(type, url, version, fhirVersion);
    }

    /// <summary>The header of an XML resource; null when the root is not a FHIR resource.</summary>
    /// <exception cref="XmlException">The text is not well-formed XML.</exception>
    public static ResourceHeader? ReadXml(Stream utf8, Func<string, bool> hasUrl)
    {
        using var reader = XmlReader.Create(utf8, XmlSettings);
        if (reader.MoveToContent() != XmlNodeType.Element || reader.NamespaceURI != "http://hl7.org/fhir")
        {
            return null;
        }

        var type = reader.LocalName;
        if (!hasUrl(type) || reader.IsEmptyElement)
        {
            return new ResourceHeader(type, null, null, null);
        }

        string? url = null, version = null, fhirVersion = null;
        reader.Read();
        while (reader.NodeType == XmlNodeType.Element)
        {
            switch (reader.LocalName)
            {
                case "url": url = reader.GetAttribute("value"); break;
                case "version": version = reader.GetAttribute("value"); break;
                case "fhirVersion": fhirVersion = reader.GetAttribute("value"); break;
            }

            reader.Skip();
        }

        return new ResourceHeader(type, url, version, fhirVersion);
    }
}
