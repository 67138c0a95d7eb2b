using Interop.Engine.Audit;
using Interop.Functions.Security;

namespace Interop.Functions.Api;

/// <summary>The operator API over the audit log: who revealed patient details and who replayed what, newest first.</summary>
internal static class AuditEndpoints
{
    /// <summary>Maps <c>GET /api/audit</c> behind the operator policy.</summary>
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").RequireAuthorization(InteropPolicies.Operator);
        api.MapGet("/audit", static async (HttpRequest request, IAuditLog audit, CancellationToken ct) =>
        {
            if (!AuditQueryParser.TryParse(request.Query, out var query, out var error))
            {
                return Results.Problem(statusCode: 400, title: error);
            }

            try
            {
                return Results.Json(await audit.SearchAsync(query, ct), ApiJson.Options);
            }
            catch (ArgumentException)
            {
                // The log refuses a continuation token it did not issue.
                return Results.Problem(statusCode: 400, title: "The continuation token is not one this API issued.");
            }
        })
        .WithName("searchAudit")
        .WithSummary("Operator actions (reveal, replay, bulk replay) matching the filters, newest first, one page at a time.")
        .Produces<AuditPage>()
        .ProducesProblem(400);
        return endpoints;
    }
}
