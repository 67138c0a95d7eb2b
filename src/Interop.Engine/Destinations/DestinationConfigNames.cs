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
        format = string.Equals(value, "xml", StringComparison.OrdinalIgnoreCase) ? DestinationFormat.Xml : DestinationFormat.Json;
        return string.Equals(value, "json", StringComparison.OrdinalIgnoreCase) || format == DestinationFormat.Xml;
    }

    public static bool TryParseFhirVersion(string? value, out DestinationFhirVersion version)
    {
        version = string.Equals(value, "STU3", StringComparison.OrdinalIgnoreCase) ? DestinationFhirVersion.Stu3 : DestinationFhirVersion.R4;
        return string.Equals(value, "R4", StringComparison.OrdinalIgnoreCase) || version == DestinationFhirVersion.Stu3;
    }
}
