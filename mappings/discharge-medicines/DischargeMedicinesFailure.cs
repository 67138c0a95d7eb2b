namespace Interop.Mappings.DischargeMedicines;

/// <summary>Why a Discharge Medicines message could not be built, with a stable code from <see cref="DischargeMedicinesFailureCodes"/>.</summary>
/// <param name="Code">The stable code.</param>
/// <param name="Reason">A reason an interface team can act on; never patient data.</param>
public sealed record DischargeMedicinesFailure(string Code, string Reason);
