using System.Globalization;
using System.Threading.RateLimiting;
using Interop.Functions.Errors;
using Interop.Functions.Fhir;
using Interop.Functions.Security;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Interop.Functions.Limits;

/// <summary>One token bucket per client id; requests with no authenticated client are not counted (they are refused by authorization instead).</summary>
internal sealed class RateLimiterOptionsSetup(IOptions<InteropLimitsOptions> limits, FhirResponder responder) : IConfigureOptions<RateLimiterOptions>
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(1);

    public void Configure(RateLimiterOptions options)
    {
        var settings = limits.Value;
        var bucket = new TokenBucketRateLimiterOptions
        {
            TokenLimit = settings.Burst,
            TokensPerPeriod = settings.PermitsPerSecond,
            ReplenishmentPeriod = Period,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            ClientIds.Of(context.User) is { } clientId
                ? RateLimitPartition.GetTokenBucketLimiter(clientId, _ => bucket)
                : RateLimitPartition.GetNoLimiter(string.Empty));
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = (context, _) =>
        {
            context.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds(context.Lease).ToString(CultureInfo.InvariantCulture);
            return new ValueTask(responder.WriteIssueAsync(context.HttpContext, HostIssue.TooManyRequests));
        };
    }

    private static long RetryAfterSeconds(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (long)Math.Ceiling(retryAfter.TotalSeconds))
            : (long)Period.TotalSeconds;
}
