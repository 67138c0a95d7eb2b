using Interop.Engine.Messages;
using Interop.Engine.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Interop.Functions.Hosting;

/// <summary>
/// <c>/health/ready</c>: the host can take messages — its store answers a read. A store that cannot be read makes the
/// host unready, so a load balancer stops sending to it while <c>/health/live</c> still says the process runs.
/// </summary>
internal sealed class ReadinessCheck(IMessageStore store) : IHealthCheck
{
    /// <summary>The tag the readiness endpoint selects.</summary>
    public const string Tag = "ready";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.SearchAsync(new MessageQuery(Limit: 1), cancellationToken);
            return HealthCheckResult.Healthy("The message store answers.");
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException or System.Data.Common.DbException)
        {
            // The reason names the failure's type only: the exception's text may hold a path or configuration.
            return HealthCheckResult.Unhealthy($"The message store does not answer ({exception.GetType().Name}).");
        }
    }
}
