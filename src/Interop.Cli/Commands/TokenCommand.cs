using System.CommandLine;
using Interop.Cli.Tokens;
using Interop.Engine.Security;

namespace Interop.Cli.Commands;

/// <summary><c>interop token --client NAME [--lifetime 1h] [--key-dir DIR] [--issuer ISS] [--audience AUD]</c>.</summary>
internal static class TokenCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(TimeProvider time)
    {
        var client = new Option<string>("--client") { Description = "The client id the token speaks for (e.g. demo-pharmacy).", Required = true };
        var lifetime = new Option<string>("--lifetime") { Description = "How long the token is valid: 90s, 30m, 1h (default), 1d at most." };
        var keyDirectory = new Option<DirectoryInfo>("--key-dir") { Description = "The dev key folder; by default <repo>/data/dev-keys. The key is created there on first use." };
        var issuer = new Option<string>("--issuer") { Description = $"The token issuer; by default {DevTokenDefaults.Issuer}, as the host expects." };
        var audience = new Option<string>("--audience") { Description = $"The token audience; by default {DevTokenDefaults.Audience}, as the host expects." };

        var command = new Command("token", "Prints a bearer token signed with the local dev key, for a host run with Interop:Security:UseDevKey.")
        {
            client, lifetime, keyDirectory, issuer, audience,
        };
        command.SetAction(parseResult =>
        {
            var console = parseResult.InvocationConfiguration;
            var lifetimeText = parseResult.GetValue(lifetime);
            if (!TryLifetime(lifetimeText, out var validFor))
            {
                console.Error.WriteLine($"--lifetime {lifetimeText} is not a duration such as 90s, 30m or 1h of at most {TokenLifetime.Max}");
                return ExitCodes.Usage;
            }

            var request = new DevTokenRequest(
                parseResult.GetRequiredValue(client),
                parseResult.GetValue(issuer) ?? DevTokenDefaults.Issuer,
                parseResult.GetValue(audience) ?? DevTokenDefaults.Audience,
                validFor);
            return Run(request, parseResult.GetValue(keyDirectory), time, console.Output, console.Error);
        });
        return command;
    }

    private static bool TryLifetime(string? text, out TimeSpan lifetime)
    {
        if (text is null)
        {
            lifetime = TokenLifetime.Default;
            return true;
        }

        return TokenLifetime.TryParse(text, out lifetime);
    }

    private static int Run(DevTokenRequest request, DirectoryInfo? keyDirectory, TimeProvider time, TextWriter output, TextWriter error)
    {
        if (string.IsNullOrWhiteSpace(request.Client))
        {
            error.WriteLine("--client must name a client");
            return ExitCodes.Usage;
        }

        var directory = keyDirectory?.FullName ?? DevKeyStore.DefaultDirectory(Environment.CurrentDirectory);
        if (directory is null)
        {
            error.WriteLine("no Interop.sln found above the current folder: give --key-dir");
            return ExitCodes.Usage;
        }

        try
        {
            using var key = DevKeyStore.LoadOrCreate(directory);
            output.WriteLine(new DevTokenIssuer(time).Issue(key, request));
            return ExitCodes.Success;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            error.WriteLine($"cannot use the dev key in {directory}: {exception.Message}");
            return ExitCodes.Usage;
        }
    }
}
