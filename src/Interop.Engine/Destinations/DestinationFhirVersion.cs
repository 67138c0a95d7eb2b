namespace Interop.Engine.Destinations;

/// <summary>The FHIR version a destination accepts.</summary>
public enum DestinationFhirVersion
{
    /// <summary>FHIR R4 (4.0.1), configured as <c>R4</c>.</summary>
    R4,

    /// <summary>FHIR STU3 (3.0.x), configured as <c>STU3</c>.</summary>
    Stu3,
}
