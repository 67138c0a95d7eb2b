namespace Interop.Functions.Simulators;

/// <summary>A patient the simulated directory knows: an NHS number, the registered practice and the nominated pharmacy.</summary>
internal sealed class SimulatedPatient
{
    /// <summary>The NHS number.</summary>
    public string NhsNumber { get; set; } = "";

    /// <summary>The registered GP practice's ODS code.</summary>
    public string? GpPracticeOds { get; set; }

    /// <summary>The nominated pharmacy's ODS code, if any.</summary>
    public string? NominatedPharmacyOds { get; set; }
}
