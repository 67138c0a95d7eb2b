using Microsoft.Extensions.Options;

namespace Interop.Functions.Security;

/// <summary>Refuses to start a host whose token checks or client list are unusable, naming every configuration key at fault.</summary>
internal sealed class InteropSecurityOptionsValidator(SigningKeyLoader keys) : IValidateOptions<InteropSecurityOptions>
{
    private const string Section = InteropSecurityOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, InteropSecurityOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Issuer))
        {
            failures.Add($"{Section}:{nameof(options.Issuer)} must not be empty.");
        }

        if (string.IsNullOrWhiteSpace(options.Audience))
        {
            failures.Add($"{Section}:{nameof(options.Audience)} must not be empty.");
        }

        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > InteropSecurityOptions.MaxClockSkew)
        {
            failures.Add($"{Section}:{nameof(options.ClockSkew)} must be between 00:00:00 and {InteropSecurityOptions.MaxClockSkew}.");
        }

        failures.AddRange(keys.Load(options).Errors);
        foreach (var (clientId, client) in options.Clients)
        {
            ValidateClient($"{Section}:{nameof(options.Clients)}:{clientId}", client, failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateClient(string where, InteropClientOptions client, List<string> failures)
    {
        switch (ClientRoles.Parse(client.Role))
        {
            case ClientRole.Sender:
                if (client.SenderOds.Count == 0 || client.SenderOds.Exists(string.IsNullOrWhiteSpace))
                {
                    failures.Add($"{where}:{nameof(client.SenderOds)} must list at least one ODS code and no blank ones.");
                }

                if (client.Events.Count == 0 || client.Events.Exists(string.IsNullOrWhiteSpace))
                {
                    failures.Add($"{where}:{nameof(client.Events)} must list at least one event code and no blank ones.");
                }

                break;
            case ClientRole.Operator:
                if (client.SenderOds.Count > 0 || client.Events.Count > 0)
                {
                    failures.Add($"{where}: an operator sends no messages, so {nameof(client.SenderOds)} and {nameof(client.Events)} must be left out.");
                }

                break;
            default:
                failures.Add($"{where}:{nameof(client.Role)} must be '{ClientRoles.Sender}' or '{ClientRoles.Operator}'.");
                break;
        }
    }
}
