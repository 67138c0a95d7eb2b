using Interop.Functions.Limits;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Interop.Functions.Security;

/// <summary>Registers bearer-token authentication, the sender and operator policies and <see cref="ISenderAuthorization"/>.</summary>
internal static class SecurityServiceCollectionExtensions
{
    /// <summary>Adds authentication and authorization; <c>Interop:Security</c> is validated when the host starts.</summary>
    public static IServiceCollection AddInteropSecurity(this IServiceCollection services)
    {
        services.AddOptions<InteropSecurityOptions>()
            .BindConfiguration(InteropSecurityOptions.SectionName)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<InteropSecurityOptions>, InteropSecurityOptionsValidator>();
        services.AddSingleton<SigningKeyLoader>();
        services.AddSingleton<IClientDirectory, ClientDirectory>();
        services.AddSingleton<ISenderAuthorization, SenderAuthorization>();
        services.AddSingleton<IAuthorizationHandler, ClientRoleHandler>();
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, JwtBearerOptionsSetup>();
        services.AddHostedService<SecurityStartupReport>();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddAuthorizationBuilder()
            .AddPolicy(InteropPolicies.Sender, policy => policy.RequireAuthenticatedUser().AddRequirements(new ClientRoleRequirement(ClientRole.Sender)))
            .AddPolicy(InteropPolicies.Operator, policy => policy.RequireAuthenticatedUser().AddRequirements(new ClientRoleRequirement(ClientRole.Operator)));
        return services;
    }

    /// <summary>Authenticates every request, limits each client's request rate, then applies the endpoints' policies.</summary>
    public static IApplicationBuilder UseInteropSecurity(this IApplicationBuilder app)
    {
        app.UseAuthentication();

        // The rate limit is per client, so it needs the authenticated client and must run before any endpoint work.
        app.UseInteropRateLimiting();
        app.UseAuthorization();
        return app;
    }
}
