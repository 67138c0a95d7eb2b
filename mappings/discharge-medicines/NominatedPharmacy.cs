namespace Interop.Mappings.DischargeMedicines;

/// <summary>The patient's nominated community pharmacy, as the patient directory gives it.</summary>
/// <param name="OdsCode">The pharmacy's ODS code (five characters starting with F).</param>
/// <param name="DosServiceId">The pharmacy's Directory of Services id, the BaRS destination; when it has none the referral is addressed by ODS code.</param>
/// <param name="Name">The pharmacy's name, when the directory has it.</param>
public sealed record NominatedPharmacy(string OdsCode, string? DosServiceId = null, string? Name = null);
