using Interop.Engine.Acknowledgements;
using Interop.Engine.Messages;
using Interop.Engine.Pipeline;
using Interop.Engine.Queues;
using Interop.Engine.Storage;
using Interop.Engine.Telemetry;
using Interop.Fhir;
using Interop.Fhir.Navigation;
using Interop.Fhir.Serialization;
using Microsoft.Extensions.Options;

namespace Interop.Engine.Receiving;

/// <summary>The receive step: reads a message at the door, then stores it (accepted, duplicate or rejected) before anyone is answered.</summary>
internal sealed class MessageReceiver(IMessageStore store, ParsedPayloads parsed, IOptions<ReceiveOptions> options, EngineMetrics metrics, TimeProvider clock)
{
    private static readonly MessageEnvelope Unread = new(null, null, null, null, null, null, null, null, false, false);

    /// <summary>
    /// Parses <paramref name="body"/> as a <paramref name="fhirVersion"/> Bundle in <paramref name="mediaType"/> and reads its
    /// envelope: a message's header, or for a transaction (<paramref name="transactionSenderOds"/> set to the client's
    /// organisation) the Bundle itself.
    /// </summary>
    public ReadResult Read(string fhirVersion, string mediaType, ReadOnlyMemory<byte> body, bool transaction = false, string? transactionSenderOds = null)
    {
        var parserOptions = new FhirParserOptions { Strict = true, MaxDepth = options.Value.MaxDepth };
        var parsed = MessagePayload.Parse(fhirVersion, mediaType, body.Span, parserOptions);
        if (parsed.Resource is not { } bundle || parsed.Issues.Any(i => i.Severity == IssueSeverity.Fatal))
        {
            return new ReadResult(null, Unread, ReceiveIssue.Unreadable, parsed.Issues);
        }

        if (CountEntries(bundle) > options.Value.MaxBundleEntries)
        {
            return new ReadResult(bundle, Unread, ReceiveIssue.TooLarge, parsed.Issues);
        }

        // The header is read even from invalid content: a refusal is answered against the header's id.
        var (envelope, issue) = transaction ? EnvelopeReader.ReadTransaction(bundle, transactionSenderOds) : EnvelopeReader.Read(bundle);
        issue ??= parsed.HasErrors ? ReceiveIssue.InvalidContent : null;
        return new ReadResult(bundle, envelope, issue, parsed.Issues);
    }

    /// <summary>
    /// Stores an accepted message and queues it for validation, in one commit; a repeat is stored as a duplicate with its
    /// negative infrastructure acknowledgement (20007) queued in that commit, when the sender asked for one. The model
    /// <paramref name="read"/> parsed is kept for the validate step, which then need not parse the payload again.
    /// </summary>
    public async Task<AcceptResult> AcceptAsync(MessageSource source, ReadResult read, string? replayOf, CancellationToken cancellationToken)
    {
        var envelope = read.Envelope;
        var message = NewMessage(source, envelope, replayOf);
        using var span = EngineTracing.StartReceive()?.SetTag(EngineTracing.MessageIdTag, message.Id);
        var result = await store.AcceptAsync(message, JobBodies.Validate(message.Id), Refusal(message, ReceiveIssue.Duplicate), cancellationToken);
        metrics.Received(envelope.Event, result.IsDuplicate ? StepOutcomes.Duplicate : EngineMetrics.Accepted, result.IsDuplicate ? ReceiveIssue.Duplicate.Code : null);
        if (!result.IsDuplicate && read.Bundle is { } bundle)
        {
            parsed.Keep(result.MessageId, bundle);
        }

        return result;
    }

    /// <summary>
    /// Stores a refused message with the reason on its timeline, so the interface team can see it, and its negative
    /// infrastructure acknowledgement when the sender asked for one, in one commit; returns its id.
    /// </summary>
    public async Task<string> RejectAsync(MessageSource source, MessageEnvelope envelope, ReceiveIssue issue, CancellationToken cancellationToken)
    {
        var message = NewMessage(source, envelope, replayOf: null);
        using var span = EngineTracing.StartReceive()?.SetTag(EngineTracing.MessageIdTag, message.Id);
        var reason = new TimelineEntry(clock.GetUtcNow(), PipelineSteps.Receive, StepOutcomes.Rejected, issue.Code, issue.Display);
        await store.RejectAsync(message, reason, Refusal(message, issue), cancellationToken);
        metrics.Received(envelope.Event, EngineMetrics.Refused, issue.Code);
        return message.Id;
    }

    private static IReadOnlyList<QueueJob> Refusal(IncomingMessage message, ReceiveIssue issue) =>
        JobBodies.InfrastructureAcknowledgement(message.Id, message.Envelope,
            new ItkResponse(ItkResponseKind.Infrastructure, "fatal-error", issue.ItkCode, issue.Code, issue.Display));

    private IncomingMessage NewMessage(MessageSource source, MessageEnvelope envelope, string? replayOf) =>
        new(Guid.NewGuid().ToString("N"), source.ReceivedAt, source.ClientId, source.FhirVersion, source.MediaType, envelope, source.Body, replayOf);

    private static int CountEntries(Base bundle) =>
        bundle.Children("entry").Sum(e => 1 + (e.Child("resource") is { } r && r.TypeName() == "Bundle" ? CountEntries(r) : 0));
}
