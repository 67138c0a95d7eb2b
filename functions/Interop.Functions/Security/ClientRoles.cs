namespace Interop.Functions.Security;

/// <summary>The configuration spelling of <see cref="ClientRole"/>.</summary>
internal static class ClientRoles
{
    /// <summary>The configuration value for <see cref="ClientRole.Sender"/>.</summary>
    public const string Sender = "sender";

    /// <summary>The configuration value for <see cref="ClientRole.Operator"/>.</summary>
    public const string Operator = "operator";

    /// <summary>The role a configuration value names (ignoring case), or null when it names none.</summary>
    public static ClientRole? Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        Sender => ClientRole.Sender,
        Operator => ClientRole.Operator,
        _ => null,
    };
}
