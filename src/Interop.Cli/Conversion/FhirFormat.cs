namespace Interop.Cli.Conversion;

/// <summary>A FHIR wire format.</summary>
internal enum FhirFormat
{
    /// <summary>FHIR JSON.</summary>
    Json,

    /// <summary>FHIR XML.</summary>
    Xml,
}
