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
        })
        .WithName("getMessage")
        .WithSummary("A message's metadata, deliveries, timeline and replays; no payload and no patient data.")
        .Produces<MessageView>()
        .ProducesProblem(404);
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
        })
        .WithName("searchMessages")
        .WithSummary("Messages matching the filters, newest first, one page at a time.")
        .WithQueryParameters(
            ("status", "received, rejected, duplicate, routed, delivered, partially-delivered or dead-lettered"),
            ("event", "The event code, e.g. ITK014M"),
            ("sender", "The sender's ODS code"),
            ("destination", "A destination id the message has a delivery to"),
            ("nhsNumber", "The patient's NHS number"),
            ("documentId", "The document the message carries"),
            ("reason", "Only messages with a delivery dead-lettered with this code (to the destination given, when one is)"),
            ("from", "Received at or after (ISO 8601 with offset)"),
            ("to", "Received before (ISO 8601 with offset)"),
            ("limit", "Page size, 1 to 500 (default 50)"),
            ("continuationToken", "The previous page's token"))
        .Produces<MessagePage>()
        .ProducesProblem(400);
        api.MapPost("/messages/{id}/replay", ReplayEndpoints.ReplayAsync)
            .WithName("replayMessage")
            .WithSummary("Sends the message again as a new message linked to it (audited), or with dryRun=true shows where it would go and what would be sent.")
            .WithQueryParameters(("dryRun", "true to only show what would happen"), ("reveal", "true to show patient details in a dry run's bodies (audited)"))
            .Produces<ReplayPlan>()
            .ProducesProblem(400)
            .ProducesProblem(404);
        api.MapPost("/dead-letters/replay", static async (ReplayRequest request, ClaimsPrincipal user, ReplayService replay, IAuditLog audit, TimeProvider clock, CancellationToken ct) =>
        {
            var filter = new MessageQuery(Event: request.Event, Sender: request.Sender, Destination: request.Destination, From: request.From, To: request.To, DeadLetterReason: request.Reason);
            var plans = await replay.ReplayDeadLettersAsync(filter, request.DryRun, Operator(user), ct);
            if (!request.DryRun)
            {
                await ReplayEndpoints.AuditBulkAsync(audit, clock, user, request, plans, ct);
            }

            return Results.Json(plans, ApiJson.Options);
        })
        .WithName("replayDeadLetters")
        .WithSummary("Replays the dead letters matching the filters (audited), or with dryRun shows where each would go.")
        .Produces<IReadOnlyList<ReplayPlan>>();
        return endpoints;
    }

    /// <summary>The client id of the operator behind a request, as replays and audit entries name them.</summary>
    internal static string Operator(ClaimsPrincipal user) =>
        user.FindFirstValue(ClientIds.ClientIdClaim) ?? user.FindFirstValue(ClientIds.SubjectClaim) ?? "unknown";
}
