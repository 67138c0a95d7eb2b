using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Interop.Functions.Limits;

/// <summary>Registers and applies the request limits of <c>Interop:Limits</c>: body size, request timeout and per-client rate.</summary>
internal static class LimitsServiceCollectionExtensions
{
    /// <summary>Adds the limits; <c>Interop:Limits</c> is validated when the host starts.</summary>
    public static IServiceCollection AddInteropLimits(this IServiceCollection services)
    {
        services.AddOptions<InteropLimitsOptions>()
            .BindConfiguration(InteropLimitsOptions.SectionName)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<InteropLimitsOptions>, InteropLimitsOptionsValidator>();
        services.AddSingleton<IConfigureOptions<RequestTimeoutOptions>, RequestTimeoutOptionsSetup>();
        services.AddSingleton<IConfigureOptions<RateLimiterOptions>, RateLimiterOptionsSetup>();
        services.AddRequestTimeouts();
        services.AddRateLimiter(_ => { });
        return services;
    }

    /// <summary>Applies the body size limit and the request timeout to every request.</summary>
    public static IApplicationBuilder UseInteropLimits(this IApplicationBuilder app)
    {
        app.UseMiddleware<BodySizeLimitMiddleware>();
        app.UseRequestTimeouts();
        return app;
    }

    /// <summary>Applies the per-client rate limit; needs the authenticated client, so it runs after authentication.</summary>
    public static IApplicationBuilder UseInteropRateLimiting(this IApplicationBuilder app) => app.UseRateLimiter();
}
