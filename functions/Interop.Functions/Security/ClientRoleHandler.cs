using Microsoft.AspNetCore.Authorization;

namespace Interop.Functions.Security;

/// <summary>Meets <see cref="ClientRoleRequirement"/> when the configured client has the role; an unknown client fails, which is 403.</summary>
internal sealed class ClientRoleHandler(IClientDirectory clients) : AuthorizationHandler<ClientRoleRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ClientRoleRequirement requirement)
    {
        if (clients.Find(context.User)?.Role == requirement.Role)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
