using System.Collections.Frozen;
using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace Interop.Functions.Security;

/// <summary>Resolves clients from <c>Interop:Security:Clients</c>, built once from the validated options.</summary>
internal sealed class ClientDirectory(IOptions<InteropSecurityOptions> options) : IClientDirectory
{
    private readonly Lazy<FrozenDictionary<string, InteropClient>> _clients = new(() => Build(options.Value));

    public InteropClient? Find(ClaimsPrincipal? principal) =>
        ClientIds.Of(principal) is { } id && _clients.Value.TryGetValue(id, out var client) ? client : null;

    private static FrozenDictionary<string, InteropClient> Build(InteropSecurityOptions options) =>
        options.Clients.ToFrozenDictionary(
            pair => pair.Key,
            pair => new InteropClient(
                pair.Key,
                // The options validator has already refused any client without a valid role.
                ClientRoles.Parse(pair.Value.Role) ?? throw new InvalidOperationException($"Client {pair.Key} has no valid role."),
                pair.Value.SenderOds.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
                pair.Value.Events.ToFrozenSet(StringComparer.Ordinal)),
            StringComparer.Ordinal);
}
