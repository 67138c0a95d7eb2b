namespace Interop.Fhir.Serialization;

/// <summary>How a serializer writes its output.</summary>
public sealed record FhirSerializerOptions
{
    /// <summary>The default: compact output.</summary>
    public static FhirSerializerOptions Default { get; } = new();

    /// <summary>Whether to indent the output for people to read.</summary>
    public bool Indented { get; init; }
}
