using System.Security.Claims;
using Interop.Engine.Audit;
using Interop.Engine.Delivery;
using Interop.Engine.Destinations;
using Interop.Engine.Privacy;
using Interop.Engine.Replay;
using Interop.Engine.Storage;
using Interop.Functions.Security;

namespace Interop.Functions.Api;

/// <summary>
/// The operator API over what a message carries: its payload and what the engine builds for each of its deliveries,
/// pretty-printed with patient details masked; <c>reveal=true</c> shows them and is audited first.
/// </summary>
internal static class MessagePayloadEndpoints
{
    private const string NoSuchMessage = "No such message.";
    private const string BadReveal = "'reveal' must be true or false.";

    /// <summary>Maps <c>/api/messages/{id}/payload</c> and <c>/api/messages/{id}/outputs</c> behind the operator policy.</summary>
    public static IEndpointRouteBuilder MapMessagePayloadApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/messages/{id}").RequireAuthorization(InteropPolicies.Operator);
        api.MapGet("/payload", PayloadAsync)
            .WithName("getMessagePayload")
            .WithSummary("The message's payload pretty-printed, patient details masked unless reveal=true (audited).")
            .Produces<PayloadView>()
            .ProducesProblem(400)
            .ProducesProblem(404);
        api.MapGet("/outputs", OutputsAsync)
            .WithName("getMessageOutputs")
            .WithSummary("For each of the message's deliveries, what the engine builds for that destination, masked unless reveal=true (audited).")
            .Produces<OutputsView>()
            .ProducesProblem(400)
            .ProducesProblem(404);
        return endpoints;
    }

    private static async Task<IResult> PayloadAsync(
        string id, HttpRequest request, ClaimsPrincipal user, IMessageStore store, IAuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        if (!QueryValues.TryFlag(request.Query, "reveal", out var reveal))
        {
            return Results.Problem(statusCode: 400, title: BadReveal);
        }

        var message = await store.FindAsync(id, ct);
        var payload = message is null ? null : await store.ReadPayloadAsync(id, ct);
        if (message is null || payload is null)
        {
            return Results.Problem(statusCode: 404, title: NoSuchMessage);
        }

        if (reveal)
        {
            await audit.RecordAsync(clock, user, AuditAction.Reveal, id, "payload", ct);
        }

        var readable = ReadablePayload.Render(message.FhirVersion, message.ContentType, payload, reveal);
        return Results.Json(new PayloadView(message.ContentType, readable.Format, readable.Body, readable.Masked), ApiJson.Options);
    }

    private static async Task<IResult> OutputsAsync(
        string id, HttpRequest request, ClaimsPrincipal user, IMessageStore store, IAuditLog audit, TimeProvider clock,
        ReplayService replay, IDestinationDirectory destinations, CancellationToken ct)
    {
        if (!QueryValues.TryFlag(request.Query, "reveal", out var reveal))
        {
            return Results.Problem(statusCode: 400, title: BadReveal);
        }

        if (await store.FindAsync(id, ct) is not { } message)
        {
            return Results.Problem(statusCode: 404, title: NoSuchMessage);
        }

        if (reveal)
        {
            await audit.RecordAsync(clock, user, AuditAction.Reveal, id, "outputs", ct);
        }

        var items = new List<OutputView>();
        foreach (var delivery in message.Deliveries)
        {
            // What a delivery sends is what a dry run to its destination under its mapping builds: one code path.
            var plan = await replay.DryRunToAsync(id, delivery.Destination, delivery.Mapping, ct);
            if (plan?.Destinations[0].Output is not { } output || destinations.FindById(delivery.Destination) is not { } destination)
            {
                items.Add(new OutputView(delivery.Destination, delivery.Mapping, null, 0, DeliveryReasonCodes.UnknownDestination, null, !reveal));
                continue;
            }

            var readable = DryRunBodies.Readable(output, destination, reveal);
            items.Add(new OutputView(
                delivery.Destination, delivery.Mapping, output.ContentType, output.Bytes, output.FailureCode, readable?.Body, readable?.Masked ?? !reveal));
        }

        return Results.Json(new OutputsView(items), ApiJson.Options);
    }
}
