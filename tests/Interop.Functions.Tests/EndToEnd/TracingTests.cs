using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Interop.Engine.Telemetry;
using Interop.Testing;

namespace Interop.Functions.Tests.EndToEnd;

/// <summary>One trace per message: every pipeline step's span joins the trace the message arrived in, and it reaches the destination.</summary>
[Collection(TracingGroup.Name)]
public sealed class TracingTests
{
    private const string Xml = "application/fhir+xml";
    private const string ProcessMessage = "fhir/STU3/$process-message";

    [Fact]
    public async Task Trace_MessageDelivered_EveryStepSpanInOneTraceSentOnToTheDestination()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == EngineTracing.SourceName,
            Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var mailbox = await LoopbackReceiver.StartAsync();
        await using var host = EngineHost.Start(receiver, mailbox);

        using var response = await host.PostAsync(EngineHost.Pharmacy, ProcessMessage, Fixtures.NewUpdateRecord(), Xml);
        var id = response.Headers.Location!.OriginalString.Split('/')[^1];
        await host.WaitForStatusAsync(id, "delivered");
        await mailbox.WaitForRequestsAsync(2);

        var mine = spans.Where(s => s.GetTagItem(EngineTracing.MessageIdTag) as string == id).ToList();
        mine.Select(s => s.OperationName).Should().Contain(["interop receive", "interop validate", "interop route", "interop deliver", "interop acknowledge"]);
        mine.Select(s => s.TraceId).Distinct().Should().ContainSingle("every step of one message is in one trace");
        mine.Single(s => s.OperationName == "interop deliver").GetTagItem(EngineTracing.DestinationTag).Should().Be("gp-a81001");
        var traceParent = receiver.Requests.Single().Header("traceparent");
        traceParent.Should().NotBeNull().And.Contain(mine[0].TraceId.ToHexString(), "the GP system can join the engine's trace");
    }

    [Fact]
    public async Task Trace_OtlpEndpointConfigured_SpansExportedWithoutPatientData()
    {
        await using var collector = await LoopbackReceiver.StartAsync();
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var mailbox = await LoopbackReceiver.StartAsync();
        string id;
        await using (var host = EngineHost.Start(receiver, mailbox, settings => settings["Interop:Telemetry:OtlpEndpoint"] = collector.Url.ToString()))
        {
            using var response = await host.PostAsync(EngineHost.Pharmacy, ProcessMessage, Fixtures.NewUpdateRecord(), Xml);
            id = response.Headers.Location!.OriginalString.Split('/')[^1];
            await host.WaitForStatusAsync(id, "delivered");
            await mailbox.WaitForRequestsAsync(2);
        }

        // Stopping the host flushes the exporter's batch.
        var traces = collector.Requests.Where(r => r.Path == "/v1/traces").ToList();
        traces.Should().NotBeEmpty($"the collector got {string.Join(", ", collector.Requests.Select(r => $"{r.Method} {r.Path}"))}");
        traces.Should().OnlyContain(r => r.Method == "POST" && r.Header("Content-Type") == "application/x-protobuf");
        var exported = string.Concat(traces.Select(r => Encoding.UTF8.GetString(r.Body)));
        exported.Should().ContainAll("interop receive", "interop validate", "interop route", "interop deliver", "interop acknowledge", id);
        exported.Should().NotContain("9449305552", "spans carry ids and codes, never patient data");
    }
}
