using Interop.Fhir.R4;

namespace Interop.Mappings.DischargeMedicines;

/// <summary>The messages one discharge document gives, and why any of them could not be built.</summary>
public sealed record DischargeMedicinesResult
{
    /// <summary>The BaRS referral to the nominated pharmacy; <see langword="null"/> when it failed.</summary>
    public Bundle? PharmacyReferral { get; init; }

    /// <summary>The same referral addressed to the registered GP practice; <see langword="null"/> when it failed.</summary>
    public Bundle? GpCopy { get; init; }

    /// <summary>The failures, empty when both messages were built.</summary>
    public IReadOnlyList<DischargeMedicinesFailure> Failures { get; init; } = [];
}
