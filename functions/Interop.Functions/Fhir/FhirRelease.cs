namespace Interop.Functions.Fhir;

/// <summary>The FHIR versions the host serves, each under its own base path.</summary>
internal enum FhirRelease
{
    /// <summary>FHIR R4 (4.0.1), under <c>/fhir/R4</c>.</summary>
    R4,

    /// <summary>FHIR STU3 (3.0.x), under <c>/fhir/STU3</c>.</summary>
    Stu3,
}
