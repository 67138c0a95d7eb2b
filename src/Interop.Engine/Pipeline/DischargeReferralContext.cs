using Interop.Mappings.DischargeMedicines;

namespace Interop.Engine.Pipeline;

/// <summary>What a discharge referral is built with beyond the message: whom it is for, as the directories say now, and who sends it.</summary>
/// <param name="Pharmacy">The patient's nominated pharmacy, or null when they have none.</param>
/// <param name="Gp">The patient's registered GP practice, or null when not known.</param>
/// <param name="EngineOdsCode">The ODS code this engine sends as.</param>
internal sealed record DischargeReferralContext(NominatedPharmacy? Pharmacy, RegisteredGp? Gp, string EngineOdsCode);
