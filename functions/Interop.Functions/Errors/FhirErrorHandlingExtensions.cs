using Interop.Functions.Fhir;

namespace Interop.Functions.Errors;

/// <summary>The one place where exceptions and bodiless error statuses become OperationOutcomes.</summary>
internal static class FhirErrorHandlingExtensions
{
    /// <summary>Registers the exception handler that answers with HOST500.</summary>
    public static IServiceCollection AddFhirErrorHandling(this IServiceCollection services) =>
        services.AddExceptionHandler<OperationOutcomeExceptionHandler>();

    /// <summary>Turns exceptions and error statuses without a body (404 and 405 from routing) into OperationOutcomes.</summary>
    public static WebApplication UseFhirErrorHandling(this WebApplication app)
    {
        // The middleware refuses to start without a fallback pipeline; this empty one is never reached,
        // because the registered IExceptionHandler handles every exception.
        app.UseExceptionHandler(_ => { });
        app.UseStatusCodePages(context =>
        {
            var http = context.HttpContext;
            return http.RequestServices.GetRequiredService<FhirResponder>().WriteIssueAsync(http, HostIssue.ForStatus(http.Response.StatusCode));
        });
        return app;
    }
}
