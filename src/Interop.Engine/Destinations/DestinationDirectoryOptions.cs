namespace Interop.Engine.Destinations;

/// <summary>The destination directory: every system the engine delivers to, bound from <c>Interop:Destinations</c> (a list).</summary>
public sealed class DestinationDirectoryOptions
{
    /// <summary>The configuration section holding the list of destinations.</summary>
    public const string SectionName = "Interop:Destinations";

    /// <summary>The destinations; ids must be unique and an ODS code may be served by one destination of each kind.</summary>
    public List<DestinationOptions> Destinations { get; init; } = [];
}
