using Interop.Functions.Errors;
using Interop.Functions.Fhir;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.Options;

namespace Interop.Functions.Limits;

/// <summary>
/// Gives every request the configured timeout. A timed-out request is answered 503 (HOST503), not 408: the host, not
/// the client, was too slow, and clients and proxies retry a 503 later.
/// </summary>
internal sealed class RequestTimeoutOptionsSetup(IOptions<InteropLimitsOptions> limits, FhirResponder responder) : IConfigureOptions<RequestTimeoutOptions>
{
    public void Configure(RequestTimeoutOptions options) =>
        options.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = limits.Value.RequestTimeout,
            TimeoutStatusCode = HostIssue.RequestTimedOut.StatusCode,
            WriteTimeoutResponse = context =>
            {
                // The middleware calls this while RequestAborted is still its cancelled timeout token, which would abort
                // the write; it restores the request's own token right after, so the short outcome is written without one.
                context.RequestAborted = CancellationToken.None;
                return responder.WriteIssueAsync(context, HostIssue.RequestTimedOut);
            },
        };
}
