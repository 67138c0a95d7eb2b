namespace Interop.Fhir.FhirPath.Values;

/// <summary>Which of the three temporal System types a <see cref="PartialDateTime"/> belongs to.</summary>
internal enum DateKind
{
    Date,
    DateTime,
    Time,
}
