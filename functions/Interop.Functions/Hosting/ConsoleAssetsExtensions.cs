using Microsoft.Net.Http.Headers;

namespace Interop.Functions.Hosting;

/// <summary>Serves the operator console's static assets (<c>wwwroot/</c>) at <c>/</c>, without a token.</summary>
internal static class ConsoleAssetsExtensions
{
    // The console loads only its own scripts, styles and API; nothing inline and nothing from elsewhere can run.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    /// <summary>Answers <c>/</c> with <c>index.html</c> and any other asset under the web root; runs before authentication, so assets never need a token.</summary>
    public static IApplicationBuilder UseConsoleAssets(this IApplicationBuilder app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
                headers[HeaderNames.XContentTypeOptions] = "nosniff";

                // Always revalidated, so an upgraded host never runs a stale mix of old and new modules.
                headers[HeaderNames.CacheControl] = "no-cache";
            },
        });
        return app;
    }
}
