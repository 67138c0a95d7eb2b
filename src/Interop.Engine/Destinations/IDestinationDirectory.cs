namespace Interop.Engine.Destinations;

/// <summary>Finds where a message goes: destinations by id or by the ODS code / service id they serve.</summary>
public interface IDestinationDirectory
{
    /// <summary>Every configured destination, in configuration order.</summary>
    IReadOnlyList<Destination> All { get; }

    /// <summary>The destination with this id (case-insensitive), or null.</summary>
    Destination? FindById(string id);

    /// <summary>The destination of this kind serving the ODS code (case-insensitive), or null; configuration allows at most one.</summary>
    Destination? FindByOds(string odsCode, DestinationKind kind);

    /// <summary>Every destination serving the ODS code, of any kind, in configuration order.</summary>
    IReadOnlyList<Destination> FindByOds(string odsCode);
}
