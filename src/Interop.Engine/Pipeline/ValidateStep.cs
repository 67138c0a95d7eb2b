using Interop.Engine.Acknowledgements;
using Interop.Engine.Messages;
using Interop.Engine.Queues;
using Interop.Engine.Storage;
using Interop.Engine.Validation;
using Interop.Engine.Telemetry;
using Interop.Fhir;
using Interop.Fhir.Navigation;
using Interop.Fhir.Validation.Validation;
using Microsoft.Extensions.Logging;

namespace Interop.Engine.Pipeline;

/// <summary>
/// The validate step: checks a received message against its profiles and the NHS rules, then queues it for routing, or
/// rejects it with a negative acknowledgement (20006 when the MessageHeader failed, else 20009). The message stays stored either way.
/// </summary>
internal sealed partial class ValidateStep(
    IMessageStore store, ParsedPayloads parsed, MessageValidators validators, EngineMetrics metrics, TimeProvider clock, ILogger<ValidateStep> logger) : IJobHandler
{
    /// <summary>ITK: the header failed validation.</summary>
    public const string HeaderInvalid = "20006";

    /// <summary>ITK: the payload failed validation.</summary>
    public const string PayloadInvalid = "20009";

    // Enough for the interface team to start on; the full list comes from validating the stored message again.
    private const int MaxIssuesListed = 10;

    public string Queue => QueueNames.Validate;

    public int Concurrency(PipelineOptions options) => options.ValidateConcurrency;

    public async Task<JobCompletion> HandleAsync(LeasedMessage job, CancellationToken cancellationToken)
    {
        var messageId = JobBodies.ReadMessageJob(job).MessageId;
        var message = await store.FindAsync(messageId, cancellationToken);
        if (message is null || message.Status != MessageStatus.Received || message.Timeline.Any(t => t.Step == PipelineSteps.Validate))
        {
            // Validated by an earlier receive of this job, or gone: queueing the route again could deliver twice.
            return JobCompletion.ByWorker;
        }

        if (!validators.Enabled)
        {
            return await PassAsync(job, message, StepOutcomes.Skipped, "Validation is switched off.", cancellationToken);
        }

        var models = parsed.Kept(message.Id) ?? parsed.For(message,
            await store.ReadPayloadAsync(message.Id, cancellationToken) ?? throw new InvalidDataException($"Message {message.Id} has no stored payload."));
        var bundle = models.Parsed;
        var result = validators.Validate(message.FhirVersion, bundle, message.Envelope.Event);
        var errors = result.Issues.Where(i => i.IsError).ToList();
        if (errors.Count == 0)
        {
            var warnings = result.Issues.Count(i => i.Severity == Fhir.Serialization.IssueSeverity.Warning);
            return await PassAsync(job, message, StepOutcomes.Ok, $"Valid ({warnings} warnings).", cancellationToken);
        }

        var itkCode = errors.Any(e => InHeader(e, bundle)) ? HeaderInvalid : PayloadInvalid;
        LogInvalid(logger, message.Id, itkCode, errors.Count);
        metrics.Rejected(message.Envelope.Event, PipelineSteps.Validate, errors[0].Code);
        var listed = string.Join("; ", errors.Take(MaxIssuesListed).Select(e => $"{e.Code} at {e.Expression ?? "(no location)"}"));
        var more = errors.Count > MaxIssuesListed ? $"; and {errors.Count - MaxIssuesListed} more" : "";
        var detail = $"{ItkCodes.Display(itkCode)}: {errors.Count} errors: {listed}{more}.";
        return await StepCommit.ApplyAsync(store, job, new MessageUpdate(message.Id)
        {
            Status = MessageStatus.Rejected,
            Timeline = [new TimelineEntry(clock.GetUtcNow(), PipelineSteps.Validate, StepOutcomes.Rejected, itkCode, detail)],
            Jobs = JobBodies.InfrastructureAcknowledgement(message, new ItkResponse(ItkResponseKind.Infrastructure, "fatal-error", itkCode, errors[0].Code, detail)),
        }, cancellationToken);
    }

    public Task PoisonedAsync(LeasedMessage job, CancellationToken cancellationToken) =>
        PoisonedJobs.RecordAsync(store, clock, job, PipelineSteps.Validate, cancellationToken);

    private Task<JobCompletion> PassAsync(LeasedMessage job, StoredMessage message, string outcome, string detail, CancellationToken cancellationToken) =>
        StepCommit.ApplyAsync(store, job, new MessageUpdate(message.Id)
        {
            Timeline = [new TimelineEntry(clock.GetUtcNow(), PipelineSteps.Validate, outcome, null, detail)],
            Jobs = [JobBodies.Route(message.Id)],
        }, cancellationToken);

    /// <summary>Whether <paramref name="issue"/> is about the message's MessageHeader entry (ITK's envelope) rather than its content.</summary>
    private static bool InHeader(ValidationIssue issue, Base bundle)
    {
        var index = bundle.Children("entry").ToList().FindIndex(e => e.Child("resource")?.TypeName() == "MessageHeader");
        var entry = $"Bundle.entry[{index}]";
        return index >= 0 && issue.Expression is { } at && at.StartsWith(entry, StringComparison.Ordinal)
            && (at.Length == entry.Length || at[entry.Length] == '.');
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} failed validation ({ItkCode}) with {ErrorCount} errors")]
    private static partial void LogInvalid(ILogger logger, string messageId, string itkCode, int errorCount);
}
