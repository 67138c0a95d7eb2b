using System.Text.Json;

namespace Interop.Engine.Alerts;

/// <summary>The configured names of the alert kinds: the enum's names in kebab case, as the API and webhook show them.</summary>
internal static class AlertKindNames
{
    /// <summary>The kind's name, e.g. <c>dead-letters</c>.</summary>
    public static string Name(AlertKind kind) => JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());

    /// <summary>Every kind's name, for error messages.</summary>
    public static string All { get; } = string.Join(", ", Enum.GetValues<AlertKind>().Select(Name));

    /// <summary>Reads a configured kind name (case-insensitive).</summary>
    public static bool TryParse(string? text, out AlertKind kind)
    {
        foreach (var candidate in Enum.GetValues<AlertKind>())
        {
            if (string.Equals(Name(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
