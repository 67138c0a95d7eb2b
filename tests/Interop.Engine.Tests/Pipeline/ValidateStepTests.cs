using System.Diagnostics.Metrics;
using System.Text.Json;
using Interop.Engine.Messages;
using Interop.Engine.Pipeline;
using Interop.Engine.Queues;
using Interop.Engine.Telemetry;
using Interop.Engine.Tests.TestSupport;
using Interop.Engine.Validation;
using Interop.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Interop.Engine.Tests.Pipeline;

public sealed class ValidateStepTests
{
    private const string MessageBundle = "https://fhir.nhs.uk/STU3/StructureDefinition/ITK-Message-Bundle-1";

    // Loading the packages takes a second: one validator for every test, as the engine shares one.
    private static readonly Lazy<MessageValidators> Itk3 = new(() => Validators(new ValidationOptions
    {
        AllowedExtensionDomains = ["https://fhir.hl7.org.uk/STU3/StructureDefinition/"],
        Stu3 = { Packages = [UpdateRecordExample.ConformanceFolder], Profiles = { ["ITK014M"] = [MessageBundle] } },
    }));

    [Fact]
    public async Task HandleAsync_ValidUpdateRecord_RecordsOkAndQueuesRoute()
    {
        var store = Store(UpdateRecordExample.Bytes());
        var job = Job(store);

        var completion = await Step(store, Itk3.Value).HandleAsync(job, default);

        store.CompletedJobs.Should().ContainSingle().Which.Should().BeSameAs(job, "the result is recorded with the end of its job");
        completion.Should().Be(JobCompletion.ByWorker, "this store keeps no queues, so the worker deletes the job");
        store.Message.Status.Should().Be(MessageStatus.Received);
        store.Message.Timeline.Should().ContainSingle().Which.Should().Match<TimelineEntry>(e => e.Step == PipelineSteps.Validate && e.Outcome == StepOutcomes.Ok);
        store.Jobs.Should().ContainSingle().Which.Queue.Should().Be(QueueNames.Route);
    }

    [Fact]
    public async Task HandleAsync_InvalidNhsNumberInPayload_Rejected20009WithCodesAndLocations()
    {
        var store = Store(UpdateRecordExample.Bytes(xml => xml.Replace("9449305552", "9449305553", StringComparison.Ordinal)));

        await Step(store, Itk3.Value).HandleAsync(Job(store), default);

        store.Message.Status.Should().Be(MessageStatus.Rejected);
        var entry = store.Message.Timeline.Should().ContainSingle().Subject;
        entry.Should().Match<TimelineEntry>(e => e.Step == PipelineSteps.Validate && e.Outcome == StepOutcomes.Rejected && e.Code == ValidateStep.PayloadInvalid);
        entry.Detail.Should().Contain("VAL190 at Bundle.entry[2].resource.entry[5].resource.identifier[0].value").And.NotContain("9449305553");
        var ack = Acknowledgement(store);
        ack.Response!.Should().Match<Engine.Acknowledgements.ItkResponse>(r => r.ItkCode == "20009" && r.ResponseCode == "fatal-error" && r.EngineCode == "VAL190");
        store.Jobs.Should().NotContain(j => j.Queue == QueueNames.Route);
    }

    [Fact]
    public async Task HandleAsync_HeaderEventSystemChanged_Rejected20006()
    {
        var store = Store(UpdateRecordExample.Bytes(xml => xml.Replace(UpdateRecordExample.EventSystem, UpdateRecordExample.EventSystem + "-unknown", StringComparison.Ordinal)));

        await Step(store, Itk3.Value).HandleAsync(Job(store), default);

        store.Message.Status.Should().Be(MessageStatus.Rejected);
        store.Message.Timeline.Should().ContainSingle().Which.Detail.Should().Contain("VAL110 at Bundle.entry[0].resource.event.system");
        Acknowledgement(store).Response!.ItkCode.Should().Be(ValidateStep.HeaderInvalid);
    }

    [Fact]
    public async Task HandleAsync_ValidationSwitchedOff_QueuesRouteWithoutValidating()
    {
        var store = Store("<Bundle xmlns=\"http://hl7.org/fhir\"><type value=\"message\"/></Bundle>"u8.ToArray());

        await Step(store, Validators(new ValidationOptions { Enabled = false })).HandleAsync(Job(store), default);

        store.Message.Status.Should().Be(MessageStatus.Received);
        store.Message.Timeline.Should().ContainSingle().Which.Outcome.Should().Be(StepOutcomes.Skipped);
        store.Jobs.Should().ContainSingle().Which.Queue.Should().Be(QueueNames.Route);
    }

    [Fact]
    public async Task HandleAsync_JobReceivedAgainAfterValidation_QueuesNothingMore()
    {
        var store = Store(UpdateRecordExample.Bytes());
        var step = Step(store, Itk3.Value);

        await step.HandleAsync(Job(store), default);
        var again = await step.HandleAsync(Job(store), default);

        again.Should().Be(JobCompletion.ByWorker, "a job with nothing left to record is the worker's to delete");
        store.CompletedJobs.Should().ContainSingle();
        store.Jobs.Should().ContainSingle();
        store.Message.Timeline.Should().ContainSingle();
    }

    [Fact]
    public async Task HandleAsync_ModelKeptAtTheDoor_ValidatesItWithoutTheStoredPayload()
    {
        var store = Store("not the payload"u8.ToArray());
        var payloads = new ParsedPayloads();
        payloads.Keep(store.Message.Id, new Interop.Fhir.Serialization.Xml.FhirXmlParser(Interop.Fhir.Stu3.FhirModel.Instance).Parse(UpdateRecordExample.Bytes()).Resource!);

        await Step(store, Itk3.Value, payloads).HandleAsync(Job(store), default);

        store.Message.Timeline.Should().ContainSingle().Which.Outcome.Should().Be(StepOutcomes.Ok);
        store.PayloadReads.Should().Be(0, "the door's model makes reading the stored payload again unnecessary");
    }

    [Fact]
    public void Concurrency_IsTheValidateSetting_NotThePipelines()
    {
        var step = (IJobHandler)Step(Store([]), Validators(new ValidationOptions { Enabled = false }));

        step.Concurrency(new PipelineOptions { Concurrency = 16, ValidateConcurrency = 3 }).Should().Be(3);
        new PipelineOptions().ValidateConcurrency.Should().Be(2 * Environment.ProcessorCount);
    }

    private static MessageValidators Validators(ValidationOptions options) => new(Options.Create(options));

    private static ValidateStep Step(FakeMessageStore store, MessageValidators validators, ParsedPayloads? payloads = null) =>
        new(store, payloads ?? new ParsedPayloads(), validators, new EngineMetrics(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>()), TimeProvider.System, NullLogger<ValidateStep>.Instance);

    private static FakeMessageStore Store(byte[] payload)
    {
        var envelope = new MessageEnvelope(UpdateRecordExample.HeaderId, null, UpdateRecordExample.EventSystem, "ITK014M", "FQW30", null, null, "9449305552", InfAckRequested: true, BusAckRequested: true);
        var message = new StoredMessage(Guid.NewGuid().ToString("N"), DateTimeOffset.UtcNow, "demo-pharmacy", FhirVersions.Stu3, FhirVersions.XmlMediaType, envelope, MessageStatus.Received, null, [], []);
        return new FakeMessageStore(message, payload);
    }

    private static LeasedMessage Job(FakeMessageStore store) =>
        new(QueueNames.Validate, "job-1", "receipt", 1, JobBodies.Validate(store.Message.Id).Body, DateTimeOffset.UtcNow);

    private static AcknowledgeJob Acknowledgement(FakeMessageStore store) =>
        JsonSerializer.Deserialize<AcknowledgeJob>(store.Jobs.Should().ContainSingle(j => j.Queue == QueueNames.Acknowledge).Subject.Body)!;
}
