using Interop.Functions.Errors;
using Interop.Functions.Fhir;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Interop.Functions.Limits;

/// <summary>Answers 413 (HOST413) for a body over <see cref="InteropLimitsOptions.MaxBodyBytes"/>: at once when Content-Length says so, else as soon as reading passes the limit.</summary>
internal sealed class BodySizeLimitMiddleware(RequestDelegate next, IOptions<InteropLimitsOptions> options, FhirResponder responder)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = options.Value.MaxBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            // Refused before anything reads the body, so a large upload costs the host nothing but its headers.
            await responder.WriteIssueAsync(context, HostIssue.PayloadTooLarge);
            return;
        }

        // Kestrel's own limit (30 MB by default) is set to the configured one; the wrapper enforces it under any server.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } serverLimit)
        {
            serverLimit.MaxRequestBodySize = limit;
        }

        context.Request.Body = new LengthLimitedStream(context.Request.Body, limit);
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            await responder.WriteIssueAsync(context, HostIssue.PayloadTooLarge);
        }
    }
}
