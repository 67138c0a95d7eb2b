using Interop.Fhir.R4;
using Interop.Mappings.Bars;

namespace Interop.Mappings.DischargeMedicines;

/// <summary>A UK Core R4 discharge document and what the engine knows about its patient, to be referred for the Discharge Medicines Service.</summary>
public sealed record DischargeMedicinesRequest
{
    /// <summary>The discharge document: a <c>document</c> Bundle whose first entry is a Composition (an STU3 eDischarge after conversion to R4).</summary>
    public required Bundle Document { get; init; }

    /// <summary>The patient's nominated pharmacy; <see langword="null"/> when the patient has none.</summary>
    public NominatedPharmacy? Pharmacy { get; init; }

    /// <summary>The patient's registered GP practice; <see langword="null"/> when not known.</summary>
    public RegisteredGp? Gp { get; init; }

    /// <summary>This engine as the messages' source application.</summary>
    public required BarsMessageSource Source { get; init; }

    /// <summary>When the messages are built; the mapping reads no clock.</summary>
    public required DateTimeOffset Timestamp { get; init; }
}
