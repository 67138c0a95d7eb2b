using Interop.Engine.Alerts;
using Interop.Functions.Api;
using Interop.Functions.Security;

namespace Interop.Functions.Alerts;

/// <summary>The operator API over alerts: what fires now and what resolved lately.</summary>
internal static class AlertApiEndpoints
{
    /// <summary>Maps <c>GET /api/alerts</c> behind the operator policy.</summary>
    public static IEndpointRouteBuilder MapAlertApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api").RequireAuthorization(InteropPolicies.Operator)
            .MapGet("/alerts", static (AlertBoard board) => Results.Json(board.Snapshot(), ApiJson.Options))
            .WithName("listAlerts")
            .WithSummary("The alerts firing now and the most recently resolved ones.")
            .Produces<AlertsSnapshot>();
        return endpoints;
    }
}
