using System.Globalization;
using System.Security.Claims;
using Interop.Engine.Audit;
using Interop.Engine.Destinations;
using Interop.Engine.Replay;

namespace Interop.Functions.Api;

/// <summary>Replays from the operator API: dry-run bodies masked unless revealed, and every replay and reveal audited.</summary>
internal static class ReplayEndpoints
{
    /// <summary>
    /// <c>POST /api/messages/{id}/replay?dryRun=&amp;reveal=</c>: replays the message, or with <c>dryRun=true</c> shows what
    /// each destination would get, masked unless <c>reveal=true</c>.
    /// </summary>
    public static async Task<IResult> ReplayAsync(
        string id, HttpRequest request, ClaimsPrincipal user, ReplayService replay, IDestinationDirectory destinations, IAuditLog audit, TimeProvider clock,
        CancellationToken ct)
    {
        if (!QueryValues.TryFlag(request.Query, "dryRun", out var dryRun) || !QueryValues.TryFlag(request.Query, "reveal", out var reveal))
        {
            return Results.Problem(statusCode: 400, title: "'dryRun' and 'reveal' must be true or false.");
        }

        if (await replay.ReplayAsync(id, dryRun, MessageApiEndpoints.Operator(user), ct) is not { } plan)
        {
            return Results.Problem(statusCode: 404, title: "No such message.");
        }

        if (!dryRun)
        {
            await audit.RecordAsync(clock, user, AuditAction.Replay, id, Outcome(plan), ct);
            return Results.Json(plan, ApiJson.Options);
        }

        if (reveal)
        {
            await audit.RecordAsync(clock, user, AuditAction.Reveal, id, $"dry run: {plan.Destinations.Count} destinations", ct);
        }

        return Results.Json(DryRunBodies.Readable(plan, destinations, reveal), ApiJson.Options);
    }

    /// <summary>Audits a bulk replay: one entry with its filter and count, and a replay entry for each message it replayed.</summary>
    public static async Task AuditBulkAsync(
        IAuditLog audit, TimeProvider clock, ClaimsPrincipal user, ReplayRequest request, IReadOnlyList<ReplayPlan> plans, CancellationToken ct)
    {
        var replayed = plans.Where(p => p.ReplayId is not null).ToList();
        await audit.RecordAsync(clock, user, AuditAction.BulkReplay, null, $"{replayed.Count} of {plans.Count} replayed; filter: {Filter(request)}", ct);
        foreach (var plan in replayed)
        {
            await audit.RecordAsync(clock, user, AuditAction.Replay, plan.MessageId, Outcome(plan) + " (bulk)", ct);
        }
    }

    private static string Outcome(ReplayPlan plan) =>
        plan.ReplayId is { } replayId ? $"replayed as {replayId}" : $"not replayed: {plan.Issue?.Code ?? "no destination"}";

    // Event codes, ODS codes, destination ids, reason codes and times: nothing about a patient.
    private static string Filter(ReplayRequest request)
    {
        var parts = new List<string>();
        Add(parts, "event", request.Event);
        Add(parts, "sender", request.Sender);
        Add(parts, "destination", request.Destination);
        Add(parts, "reason", request.Reason);
        Add(parts, "from", request.From?.ToString("O", CultureInfo.InvariantCulture));
        Add(parts, "to", request.To?.ToString("O", CultureInfo.InvariantCulture));
        return parts.Count == 0 ? "none" : string.Join(", ", parts);
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (value is not null)
        {
            parts.Add($"{name}={value}");
        }
    }
}
