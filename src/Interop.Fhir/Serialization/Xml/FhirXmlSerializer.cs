namespace Interop.Fhir.Serialization.Xml;

/// <summary>Writes the typed model as FHIR XML, properties in definition order.</summary>
public sealed class FhirXmlSerializer
{
    private readonly FhirSerializerOptions _options;

    /// <summary>Creates a serializer.</summary>
    public FhirXmlSerializer(FhirSerializerOptions? options = null) => _options = options ?? FhirSerializerOptions.Default;

    /// <summary>Writes a resource as UTF-8 XML.</summary>
    public byte[] SerializeToUtf8Bytes(Base resource) => throw new NotImplementedException(resource.ClassMapping.Name + _options.Indented);

    /// <summary>Writes a resource as a XML string.</summary>
    public string Serialize(Base resource) => System.Text.Encoding.UTF8.GetString(SerializeToUtf8Bytes(resource));

    /// <summary>Writes a resource as UTF-8 XML to a stream.</summary>
    public void Serialize(Base resource, Stream output) => output.Write(SerializeToUtf8Bytes(resource));
}
