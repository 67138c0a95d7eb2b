namespace Interop.Functions.Fhir;

/// <summary>The wire formats the host reads and writes.</summary>
internal enum FhirFormat
{
    /// <summary>FHIR JSON, <c>application/fhir+json</c>.</summary>
    Json,

    /// <summary>FHIR XML, <c>application/fhir+xml</c>.</summary>
    Xml,
}
