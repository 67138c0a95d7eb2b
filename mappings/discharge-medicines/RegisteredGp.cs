namespace Interop.Mappings.DischargeMedicines;

/// <summary>The patient's registered GP practice, as the patient directory gives it.</summary>
/// <param name="OdsCode">The practice's ODS code.</param>
/// <param name="DosServiceId">The practice's Directory of Services id, when it has one; otherwise the copy is addressed by ODS code.</param>
/// <param name="Name">The practice's name, when the directory has it.</param>
public sealed record RegisteredGp(string OdsCode, string? DosServiceId = null, string? Name = null);
