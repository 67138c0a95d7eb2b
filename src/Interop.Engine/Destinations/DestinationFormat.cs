namespace Interop.Engine.Destinations;

/// <summary>The FHIR wire format a destination accepts.</summary>
public enum DestinationFormat
{
    /// <summary><c>application/fhir+json</c> (configured as <c>json</c>).</summary>
    Json,

    /// <summary><c>application/fhir+xml</c> (configured as <c>xml</c>).</summary>
    Xml,
}
