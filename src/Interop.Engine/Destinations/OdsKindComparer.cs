namespace Interop.Engine.Destinations;

/// <summary>Compares (ODS code, kind) pairs with the ODS code case-insensitive, as ODS codes are.</summary>
internal sealed class OdsKindComparer : IEqualityComparer<(string Ods, DestinationKind Kind)>
{
    public static readonly OdsKindComparer Instance = new();

    public bool Equals((string Ods, DestinationKind Kind) x, (string Ods, DestinationKind Kind) y) =>
        x.Kind == y.Kind && string.Equals(x.Ods, y.Ods, StringComparison.OrdinalIgnoreCase);

    public int GetHashCode((string Ods, DestinationKind Kind) obj) =>
        HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Ods), obj.Kind);
}
