using System.Text;
using System.Xml;
using Interop.Fhir.Introspection;

namespace Interop.Fhir.Serialization.Xml;

/// <summary>Writes the typed model as FHIR XML, properties in definition order.</summary>
public sealed class FhirXmlSerializer
{
    private readonly FhirSerializerOptions _options;

    /// <summary>Creates a serializer.</summary>
    public FhirXmlSerializer(FhirSerializerOptions? options = null) => _options = options ?? FhirSerializerOptions.Default;

    /// <summary>Writes a resource as UTF-8 XML.</summary>
    /// <exception cref="FormatException">A narrative div is not one well-formed div element in the XHTML namespace.</exception>
    public byte[] SerializeToUtf8Bytes(Base resource)
    {
        using var buffer = new MemoryStream();
        Serialize(resource, buffer);
        return buffer.ToArray();
    }

    /// <summary>Writes a resource as a XML string.</summary>
    public string Serialize(Base resource) => Encoding.UTF8.GetString(SerializeToUtf8Bytes(resource));

    /// <summary>Writes a resource as UTF-8 XML to a stream.</summary>
    public void Serialize(Base resource, Stream output)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(output);
        if (resource.ClassMapping.Kind != ClassKind.Resource)
        {
            throw new ArgumentException($"{resource.ClassMapping.Name} is not a resource.", nameof(resource));
        }

        // XmlWriter spells the encoding "utf-8"; FHIR's examples and many receivers expect the declaration as written here.
        output.Write(_options.Indented
            ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"u8
            : "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"u8);
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            OmitXmlDeclaration = true,
            Indent = _options.Indented,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            CloseOutput = false,
        };
        using var writer = XmlWriter.Create(output, settings);
        new XmlResourceWriter(writer).WriteResource(resource);
    }
}
