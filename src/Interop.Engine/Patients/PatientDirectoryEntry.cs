namespace Interop.Engine.Patients;

/// <summary>What the patient directory says about a patient: where they are registered and which pharmacy they nominated.</summary>
/// <param name="GpPracticeOds">The registered GP practice's ODS code, or null.</param>
/// <param name="NominatedPharmacyOds">The nominated community pharmacy's ODS code, or null.</param>
public sealed record PatientDirectoryEntry(string? GpPracticeOds, string? NominatedPharmacyOds);
