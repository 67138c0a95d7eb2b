using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Interop.Fhir.Serialization.Json;

/// <summary>Writes the typed model as FHIR JSON, properties in definition order.</summary>
public sealed class FhirJsonSerializer
{
    private readonly JsonWriterOptions _writerOptions;

    /// <summary>Creates a serializer.</summary>
    public FhirJsonSerializer(FhirSerializerOptions? options = null)
    {
        _writerOptions = new JsonWriterOptions
        {
            Indented = (options ?? FhirSerializerOptions.Default).Indented,

            // Keeps non-ASCII text (names, accents, symbols) readable instead of \u-escaped.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
    }

    /// <summary>Writes a resource as UTF-8 JSON.</summary>
    public byte[] SerializeToUtf8Bytes(Base resource)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, _writerOptions))
        {
            JsonResourceWriter.WriteResource(writer, resource);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes a resource as a JSON string.</summary>
    public string Serialize(Base resource) => System.Text.Encoding.UTF8.GetString(SerializeToUtf8Bytes(resource));

    /// <summary>Writes a resource as UTF-8 JSON to a stream.</summary>
    public void Serialize(Base resource, Stream output)
    {
        using var writer = new Utf8JsonWriter(output, _writerOptions);
        JsonResourceWriter.WriteResource(writer, resource);
    }
}
