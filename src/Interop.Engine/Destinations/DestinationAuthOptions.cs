namespace Interop.Engine.Destinations;

/// <summary>How requests to a destination authenticate; the secret itself is never in configuration, only where to read it.</summary>
public sealed class DestinationAuthOptions
{
    /// <summary>The value of <see cref="Mode"/> that sends no credentials (the default).</summary>
    public const string None = "none";

    /// <summary>The value of <see cref="Mode"/> that sends <c>Authorization: Bearer</c> with a token read at delivery time.</summary>
    public const string Bearer = "bearer";

    /// <summary><c>none</c> (default) or <c>bearer</c>.</summary>
    public string Mode { get; init; } = None;

    /// <summary>For bearer: a file holding the token, read on every delivery so a rotated token is picked up.</summary>
    public string? TokenFile { get; init; }

    /// <summary>For bearer: the name of an environment variable holding the token (the name, not the token).</summary>
    public string? TokenEnvironmentVariable { get; init; }
}
