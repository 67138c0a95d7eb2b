namespace Interop.Fhir.FhirPath.Values;

/// <summary>A FHIRPath calendar duration keyword, from the longest to the shortest.</summary>
internal enum CalendarUnit
{
    Year,
    Month,
    Week,
    Day,
    Hour,
    Minute,
    Second,
    Millisecond,
}
