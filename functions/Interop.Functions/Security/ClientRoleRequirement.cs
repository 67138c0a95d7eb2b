using Microsoft.AspNetCore.Authorization;

namespace Interop.Functions.Security;

/// <summary>Requires the request's client to be configured with <paramref name="Role"/>; roles inside the token are never trusted.</summary>
internal sealed record ClientRoleRequirement(ClientRole Role) : IAuthorizationRequirement;
