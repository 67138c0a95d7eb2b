using System.Security.Claims;

namespace Interop.Functions.Security;

/// <summary>Checks senders against their configured ODS codes and events.</summary>
internal sealed class SenderAuthorization(IClientDirectory clients) : ISenderAuthorization
{
    public SenderAuthorizationResult Authorize(ClaimsPrincipal principal, string? senderOds, string? eventCode)
    {
        if (ClientIds.Of(principal) is null)
        {
            return new SenderAuthorizationResult(null, SecurityReasonCodes.Unauthenticated);
        }

        var client = clients.Find(principal);
        var reason = client switch
        {
            null => SecurityReasonCodes.UnknownClient,
            { Role: not ClientRole.Sender } => SecurityReasonCodes.NotSender,
            _ when senderOds is not null && !client.SenderOds.Contains(senderOds) => SecurityReasonCodes.SenderOds,
            _ when eventCode is null || !client.Events.Contains(eventCode) => SecurityReasonCodes.Event,
            _ => null,
        };
        return new SenderAuthorizationResult(client, reason);
    }
}
