using Interop.Engine.Destinations;

namespace Interop.Engine.Delivery;

/// <summary>Reads a destination's bearer token from its file or environment variable at delivery time, so rotated tokens are picked up.</summary>
internal sealed class BearerTokenSource
{
    /// <summary>True with a null token when the destination needs none; false when it needs one that cannot be read.</summary>
    public async ValueTask<(bool Available, string? Token)> ReadAsync(DestinationAuthOptions auth, CancellationToken cancellationToken)
    {
        if (!string.Equals(auth.Mode, DestinationAuthOptions.Bearer, StringComparison.OrdinalIgnoreCase))
        {
            return (true, null);
        }

        var token = auth.TokenEnvironmentVariable is { Length: > 0 } variable
            ? Environment.GetEnvironmentVariable(variable)
            : await ReadFileAsync(auth.TokenFile!, cancellationToken).ConfigureAwait(false);
        token = token?.Trim();
        return string.IsNullOrEmpty(token) ? (false, null) : (true, token);
    }

    private static async ValueTask<string?> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A missing or unreadable token file is a configuration fault the caller reports with a stable code.
            return null;
        }
    }
}
