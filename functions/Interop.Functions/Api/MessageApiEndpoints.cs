using System.Security.Claims;
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
            await store.FindAsync(id, ct) is { } message ? Results.Json(MessageView.From(message), ApiJson.Options) : Results.Problem(statusCode: 404, title: "No such message."));
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
        api.MapPost("/messages/{id}/replay", static async (string id, bool? dryRun, ClaimsPrincipal user, ReplayService replay, CancellationToken ct) =>
            await replay.ReplayAsync(id, dryRun ?? false, Operator(user), ct) is { } plan ? Results.Json(plan, ApiJson.Options) : Results.Problem(statusCode: 404, title: "No such message."));
        api.MapPost("/dead-letters/replay", static async (ReplayRequest request, ClaimsPrincipal user, ReplayService replay, CancellationToken ct) =>
        {
            var filter = new MessageQuery(Event: request.Event, Sender: request.Sender, Destination: request.Destination, From: request.From, To: request.To, DeadLetterReason: request.Reason);
            return Results.Json(await replay.ReplayDeadLettersAsync(filter, request.DryRun, Operator(user), ct), ApiJson.Options);
        });
        return endpoints;
    }

    private static string Operator(ClaimsPrincipal user) =>
        user.FindFirstValue(ClientIds.ClientIdClaim) ?? user.FindFirstValue(ClientIds.SubjectClaim) ?? "unknown";
}
