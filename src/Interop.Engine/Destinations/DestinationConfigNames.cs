namespace Interop.Engine.Destinations;

/// <summary>The words configuration uses for kinds, formats and versions, and their parsing (case-insensitive).</summary>
internal static class DestinationConfigNames
{
    private static readonly Dictionary<string, DestinationKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["gp-system"] = DestinationKind.GpSystem,
        ["pharmacy-system"] = DestinationKind.PharmacySystem,
        ["shared-care-record"] = DestinationKind.SharedCareRecord,
        ["sender-mailbox"] = DestinationKind.SenderMailbox,
        ["other"] = DestinationKind.Other,
    };

    public static string KnownKinds => string.Join(", ", Kinds.Keys);

    public static bool TryParseKind(string? value, out DestinationKind kind) =>
        Kinds.TryGetValue(value ?? "", out kind);

    public static string KindName(DestinationKind kind) => Kinds.First(pair => pair.Value == kind).Key;

    public static bool TryParseFormat(string? value, out DestinationFormat format)
    {
        (var known, format) = value?.ToUpperInvariant() switch
        {
            "JSON" => (true, DestinationFormat.Json),
            "XML" => (true, DestinationFormat.Xml),
            _ => (false, DestinationFormat.Json),
        };
        return known;
    }

    public static bool TryParseFhirVersion(string? value, out DestinationFhirVersion version)
    {
        (var known, version) = value?.ToUpperInvariant() switch
        {
            "R4" => (true, DestinationFhirVersion.R4),
            "STU3" => (true, DestinationFhirVersion.Stu3),
            _ => (false, DestinationFhirVersion.R4),
        };
        return known;
    }
}
