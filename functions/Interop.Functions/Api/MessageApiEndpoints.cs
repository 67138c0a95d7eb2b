using System.Security.Claims;
using Interop.Engine.Audit;
using Interop.Engine.Messages;
using Interop.Engine.Replay;
using Interop.Engine.Storage;
using Interop.Functions.Security;

namespace Interop.Functions.Api;

/// <summary>The operator API over stored messages: look one up, search, replay one, replay dead letters in bulk.</summary>
internal static class MessageApiEndpoints
{
    /// <summary>Maps <c>/api/messages</c> and <c>/api/dead-letters/replay</c> behind the operator policy.</summary>
    public static IEndpointRouteBuilder MapMessageApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").RequireAuthorization(InteropPolicies.Operator);
        api.MapGet("/messages/{id}", static async (string id, IMessageStore store, CancellationToken ct) =>
        {
            if (await store.FindAsync(id, ct) is not { } message)
            {
                return Results.Problem(statusCode: 404, title: "No such message.");
            }

            var replays = await store.SearchAsync(new MessageQuery(Limit: QueryValues.MaxLimit) { ReplayOf = id }, ct);
            return Results.Json(MessageView.From(message, [.. replays.Items.Select(r => r.Id)]), ApiJson.Options);
        });
        api.MapGet("/messages", static async (HttpRequest request, IMessageStore store, CancellationToken ct) =>
        {
            if (!MessageQueryParser.TryParse(request.Query, out var query, out var error))
            {
                return Results.Problem(statusCode: 400, title: error);
            }

            try
            {
                return Results.Json(await store.SearchAsync(query, ct), ApiJson.Options);
            }
            catch (ArgumentException)
            {
                // The store refuses a continuation token it did not issue.
                return Results.Problem(statusCode: 400, title: "The continuation token is not one this API issued.");
            }
        });
        api.MapPost("/messages/{id}/replay", ReplayEndpoints.ReplayAsync);
        api.MapPost("/dead-letters/replay", static async (ReplayRequest request, ClaimsPrincipal user, ReplayService replay, IAuditLog audit, TimeProvider clock, CancellationToken ct) =>
        {
            var filter = new MessageQuery(Event: request.Event, Sender: request.Sender, Destination: request.Destination, From: request.From, To: request.To);
            var plans = await replay.ReplayDeadLettersAsync(filter, request.DryRun, Operator(user), ct);
            if (!request.DryRun)
            {
                await ReplayEndpoints.AuditBulkAsync(audit, clock, user, request, plans, ct);
            }

            return Results.Json(plans, ApiJson.Options);
        });
        return endpoints;
    }

    /// <summary>The client id of the operator behind a request, as replays and audit entries name them.</summary>
    internal static string Operator(ClaimsPrincipal user) =>
        user.FindFirstValue(ClientIds.ClientIdClaim) ?? user.FindFirstValue(ClientIds.SubjectClaim) ?? "unknown";
}
