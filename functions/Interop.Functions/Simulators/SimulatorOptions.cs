namespace Interop.Functions.Simulators;

/// <summary>The built-in simulated GP, pharmacy, mailbox, patient directory and Shared Care Record endpoints; bound from <c>Interop:Simulators</c>.</summary>
internal sealed class SimulatorOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Interop:Simulators";

    /// <summary>Whether the simulators are served under <c>/simulators</c> (default false: real endpoints are configuration).</summary>
    public bool Enabled { get; set; }

    /// <summary>The patients the simulated directory knows.</summary>
    public List<SimulatedPatient> Patients { get; set; } = [];
}
