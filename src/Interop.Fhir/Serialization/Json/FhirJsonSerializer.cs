namespace Interop.Fhir.Serialization.Json;

/// <summary>Writes the typed model as FHIR JSON, properties in definition order.</summary>
public sealed class FhirJsonSerializer
{
    private readonly FhirSerializerOptions _options;

    /// <summary>Creates a serializer.</summary>
    public FhirJsonSerializer(FhirSerializerOptions? options = null) => _options = options ?? FhirSerializerOptions.Default;

    /// <summary>Writes a resource as UTF-8 JSON.</summary>
    public byte[] SerializeToUtf8Bytes(Base resource) => throw new NotImplementedException(resource.ClassMapping.Name + _options.Indented);

    /// <summary>Writes a resource as a JSON string.</summary>
    public string Serialize(Base resource) => System.Text.Encoding.UTF8.GetString(SerializeToUtf8Bytes(resource));

    /// <summary>Writes a resource as UTF-8 JSON to a stream.</summary>
    public void Serialize(Base resource, Stream output) => output.Write(SerializeToUtf8Bytes(resource));
}
