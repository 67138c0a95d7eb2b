using System.Security.Claims;
using Interop.Engine.Messages;
using Interop.Engine.Receiving;
using Interop.Fhir;
using Interop.Fhir.Navigation;
using Interop.Fhir.Serialization;
using Interop.Functions.Errors;
using Interop.Functions.Fhir;
using Interop.Functions.Security;

namespace Interop.Functions.Messaging;

/// <summary>
/// The receive function: reads a message at the door, checks the client may send it, stores it (accepted, duplicate or
/// refused) and only then answers: 202 with a receipt and Location, or an OperationOutcome with the status and ITK code.
/// </summary>
internal sealed class MessageIntake(MessageReceiver receiver, ISenderAuthorization authorization, FhirResponder responder, TimeProvider clock)
{
    /// <summary>Handles <c>$process-message</c> (a message Bundle) or, with <paramref name="transaction"/>, a transaction or batch Bundle.</summary>
    public async Task ReceiveAsync(HttpContext context, string fhirVersion, bool transaction)
    {
        var receivedAt = clock.GetUtcNow();
        var bars = BarsHeaders.Read(context.Request);
        bars.Mirror(context.Response);
        if (!RequestMediaType.TryRead(context.Request, out var mediaType))
        {
            await RefuseAsync(context, fhirVersion, ReceiveIssue.UnsupportedMediaType, null, [], bars.Present);
            return;
        }

        var body = await ReadBodyAsync(context);
        var user = context.User;
        var clientOds = transaction ? authorization.Authorize(user, null, "transaction").Client?.SenderOds.FirstOrDefault() : null;
        var read = receiver.Read(fhirVersion, mediaType, body, transaction, clientOds);
        var source = new MessageSource(ClientId(user), fhirVersion, mediaType, body, receivedAt);
        var isBars = bars.Present || BarsMessages.IsBars(read.Envelope);
        if ((read.Issue ?? BarsIssue(bars, isBars, read.Bundle)) is { } issue)
        {
            var refusedId = await receiver.RejectAsync(source, read.Envelope, issue, context.RequestAborted);
            await RefuseAsync(context, fhirVersion, issue, refusedId, read.ParseIssues, isBars);
            return;
        }

        var allowed = authorization.Authorize(user, transaction ? null : read.Envelope.SenderOds, read.Envelope.Event);
        if (!allowed.IsAllowed)
        {
            if (allowed.IsUnauthenticated)
            {
                await responder.WriteIssueAsync(context, HostIssue.Unauthorized);
                return;
            }

            var refusedId = await receiver.RejectAsync(source, read.Envelope, ReceiveIssue.UnauthorisedSender, context.RequestAborted);
            await RefuseAsync(context, fhirVersion, ReceiveIssue.UnauthorisedSender, refusedId, [], isBars);
            return;
        }

        var accepted = await receiver.AcceptAsync(source, read, replayOf: null, context.RequestAborted);
        context.Response.Headers.Location = $"/api/messages/{accepted.MessageId}";
        if (accepted.IsDuplicate)
        {
            await RefuseAsync(context, fhirVersion, ReceiveIssue.Duplicate, accepted.MessageId, [], isBars);
            return;
        }

        await responder.WriteOutcomeAsync(context, IntakeOutcomes.Accepted(fhirVersion, accepted.MessageId), StatusCodes.Status202Accepted);
    }

    private Task RefuseAsync(HttpContext context, string fhirVersion, ReceiveIssue issue, string? messageId, IEnumerable<ParseIssue> parseIssues, bool bars) =>
        responder.WriteOutcomeAsync(context, IntakeOutcomes.Refused(fhirVersion, issue, messageId, parseIssues, bars), issue.HttpStatus);

    // BaRS traffic must carry its headers, and a target identifier naming a service must name one the message is sent to
    // (MessageHeader.destination.endpoint is `[dos-service-id system]|[service id]`).
    private static ReceiveIssue? BarsIssue(BarsHeaders bars, bool isBars, Base? bundle)
    {
        if (!isBars)
        {
            return null;
        }

        if (!bars.IsValid)
        {
            return ReceiveIssue.BadBarsHeaders;
        }

        var services = bundle.Children("entry").FirstOrDefault().Child("resource").Children("destination")
            .Select(d => d.Text("endpoint")).OfType<string>().Select(e => e[(e.LastIndexOf('|') + 1)..]);
        return bars.TargetSystem == NhsIdentifiers.DosServiceId && !services.Contains(bars.TargetValue, StringComparer.Ordinal)
            ? ReceiveIssue.BarsTargetMismatch
            : null;
    }

    private static string ClientId(ClaimsPrincipal user) =>
        user.FindFirstValue(ClientIds.ClientIdClaim) ?? user.FindFirstValue(ClientIds.SubjectClaim) ?? "unknown";

    private static async Task<ReadOnlyMemory<byte>> ReadBodyAsync(HttpContext context)
    {
        // The body-size limit is enforced while reading, before this point grows past it.
        var buffer = new MemoryStream(context.Request.ContentLength is > 0 and < int.MaxValue ? (int)context.Request.ContentLength : 16 * 1024);
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }
}
