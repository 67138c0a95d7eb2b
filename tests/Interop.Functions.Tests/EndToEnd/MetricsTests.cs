using System.Globalization;
using System.Text;
using Interop.Testing;

namespace Interop.Functions.Tests.EndToEnd;

/// <summary><c>/metrics</c> scraped while messages go through: the counters move as the messages do.</summary>
public sealed class MetricsTests
{
    private const string Xml = "application/fhir+xml";
    private const string ProcessMessage = "fhir/STU3/$process-message";

    [Fact]
    public async Task Metrics_MessagesAcceptedDuplicatedAndDelivered_CountedByEventOutcomeAndDestination()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = EngineHost.Start(receiver);
        var before = await ScrapeAsync(host);
        var message = Fixtures.NewUpdateRecord();

        using var first = await host.PostAsync(EngineHost.Pharmacy, ProcessMessage, message, Xml);
        await host.WaitForStatusAsync(first.Headers.Location!.OriginalString.Split('/')[^1], "delivered");
        using var repeat = await host.PostAsync(EngineHost.Pharmacy, ProcessMessage, message, Xml);
        using var second = await host.PostAsync(EngineHost.Pharmacy, ProcessMessage, Fixtures.NewUpdateRecord(), Xml);
        await host.WaitForStatusAsync(second.Headers.Location!.OriginalString.Split('/')[^1], "delivered");
        var after = await ScrapeAsync(host);

        Value(before, "interop_messages_received_total{event=\"ITK014M\",outcome=\"accepted\"}").Should().Be(0);
        Value(after, "interop_messages_received_total{event=\"ITK014M\",outcome=\"accepted\"}").Should().Be(2);
        Value(after, "interop_messages_received_total{event=\"ITK014M\",outcome=\"duplicate\",reason=\"RCV409\"}").Should().Be(1);
        Value(after, "interop_deliveries_total{destination=\"gp-a81001\",event=\"ITK014M\",outcome=\"delivered\"}").Should().Be(2);
        Value(after, "interop_delivery_attempt_duration_seconds_count{destination=\"gp-a81001\"}").Should().Be(2);
        Value(after, "interop_delivery_attempt_duration_seconds_bucket{destination=\"gp-a81001\",le=\"+Inf\"}").Should().Be(2);
        after.Should().Contain("# TYPE interop_delivery_attempt_duration_seconds histogram").And.NotContain("9449305552", "labels carry codes and ids, never patient data");
    }

    [Fact]
    public async Task Metrics_DestinationRefusing_DeadLetterCountedWithItsReason()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        receiver.DefaultResponse = ScriptedResponse.WithStatus(400);
        await using var mailbox = await LoopbackReceiver.StartAsync();
        await using var host = EngineHost.Start(receiver, mailbox);

        using var response = await host.PostAsync(EngineHost.Pharmacy, ProcessMessage, Fixtures.NewUpdateRecord(), Xml);
        var record = await host.WaitForStatusAsync(response.Headers.Location!.OriginalString.Split('/')[^1], "dead-lettered");
        var reason = record.GetProperty("deliveries")[0].GetProperty("lastError").GetString();
        var metrics = await ScrapeAsync(host);

        Value(metrics, $"interop_deliveries_total{{destination=\"gp-a81001\",event=\"ITK014M\",outcome=\"dead-lettered\",reason=\"{reason}\"}}").Should().Be(1);
    }

    [Fact]
    public async Task Metrics_DestinationDown_DeliveryWaitsInItsQueueAndTheGaugesShowIt()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        receiver.DefaultResponse = ScriptedResponse.WithStatus(503);
        await using var mailbox = await LoopbackReceiver.StartAsync();
        await using var host = EngineHost.Start(receiver, mailbox);
        var idle = await ScrapeAsync(host);

        using var response = await host.PostAsync(EngineHost.Pharmacy, ProcessMessage, Fixtures.NewUpdateRecord(), Xml);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        var waiting = await ScrapeAsync(host);
        // Wait for a settled round: while a round ends, its next job is queued a moment before the finished one is deleted.
        while (Value(waiting, "interop_queue_depth{queue=\"deliver\"}") != 1 || receiver.Requests.Count < 3)
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the delivery should be waiting to be tried again");
            await Task.Delay(100);
            waiting = await ScrapeAsync(host);
        }

        Value(idle, "interop_queue_depth{queue=\"deliver\"}").Should().Be(0);
        Value(waiting, "interop_queue_depth{queue=\"deliver\"}").Should().Be(1, "the delivery waits for its next round");
        Value(waiting, "interop_queue_depth{queue=\"deliver-poison\"}").Should().Be(0);
        waiting.Should().Contain("# TYPE interop_queue_oldest_age_seconds gauge").And.Contain("interop_queue_oldest_age_seconds{queue=\"deliver\"} ");
    }

    [Fact]
    public async Task Metrics_LoadWhileScraped_CountersOnlyRiseAndEndAtTheMessagesSentAndAttemptsMade()
    {
        const int messages = 20;
        await using var receiver = await LoopbackReceiver.StartAsync();
        receiver.Enqueue(ScriptedResponse.WithStatus(503), ScriptedResponse.WithStatus(503));
        await using var mailbox = await LoopbackReceiver.StartAsync();
        // Two failed attempts among twenty must not open the circuit, or the deliveries would wait out its break.
        await using var host = EngineHost.Start(receiver, mailbox, s => s["Interop:Destinations:0:CircuitBreaker:MinimumThroughput"] = "100");
        using var scraping = new CancellationTokenSource();
        var scrapes = new List<string> { await ScrapeAsync(host) };
        var scraper = Task.Run(async () =>
        {
            while (!scraping.IsCancellationRequested)
            {
                scrapes.Add(await ScrapeAsync(host));
                await Task.Delay(25);
            }
        });

        var sent = await Task.WhenAll(Enumerable.Range(0, messages).Select(async _ =>
        {
            using var response = await host.PostAsync(EngineHost.Pharmacy, ProcessMessage, Fixtures.NewUpdateRecord(), Xml);
            return response.Headers.Location!.OriginalString.Split('/')[^1];
        }));
        foreach (var id in sent)
        {
            await host.WaitForStatusAsync(id, "delivered");
        }

        await scraping.CancelAsync();
        await scraper;
        scrapes.Add(await ScrapeAsync(host));

        var accepted = scrapes.Select(m => Value(m, "interop_messages_received_total{event=\"ITK014M\",outcome=\"accepted\"}")).ToList();
        var delivered = scrapes.Select(m => Value(m, "interop_deliveries_total{destination=\"gp-a81001\",event=\"ITK014M\",outcome=\"delivered\"}")).ToList();
        var attempts = scrapes.Select(m => Value(m, "interop_delivery_attempt_duration_seconds_count{destination=\"gp-a81001\"}")).ToList();
        accepted.Should().BeInAscendingOrder().And.StartWith(0).And.EndWith(messages);
        delivered.Should().BeInAscendingOrder().And.StartWith(0).And.EndWith(messages);
        attempts.Should().BeInAscendingOrder().And.EndWith(receiver.Requests.Count(r => r.Path.StartsWith("/gp/A81001", StringComparison.Ordinal)));
        attempts[^1].Should().Be(messages + 2, "each delivery took one attempt, two took a second after a 503");
        delivered.Zip(accepted).Should().OnlyContain(pair => pair.First <= pair.Second, "a scrape never shows more delivered than accepted");
    }

    [Fact]
    public async Task Metrics_DestinationDownThenBack_CircuitStateGaugeOpensThenCloses()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        receiver.DefaultResponse = ScriptedResponse.WithStatus(503);
        await using var mailbox = await LoopbackReceiver.StartAsync();
        await using var host = EngineHost.Start(receiver, mailbox, s => s["Interop:Pipeline:RedeliveryDelay"] = "00:00:00.100");
        var idle = await ScrapeAsync(host);

        using var response = await host.PostAsync(EngineHost.Pharmacy, ProcessMessage, Fixtures.NewUpdateRecord(), Xml);
        var down = await ScrapeUntilAsync(host, m => Value(m, "interop_destination_circuit_state{destination=\"gp-a81001\",state=\"open\"}") == 1);
        receiver.DefaultResponse = ScriptedResponse.Ok;
        await host.WaitForStatusAsync(response.Headers.Location!.OriginalString.Split('/')[^1], "delivered");
        var back = await ScrapeAsync(host);

        Value(idle, "interop_destination_circuit_state{destination=\"gp-a81001\",state=\"closed\"}").Should().Be(1);
        down.Should().Contain("# TYPE interop_destination_circuit_state gauge");
        foreach (var state in new[] { "closed", "half-open", "isolated" })
        {
            Value(down, $"interop_destination_circuit_state{{destination=\"gp-a81001\",state=\"{state}\"}}").Should().Be(0, "only the current state is 1");
        }

        Value(down, "interop_destination_circuit_state{destination=\"shcr\",state=\"closed\"}").Should().Be(1, "each destination has its own breaker");
        Value(back, "interop_destination_circuit_state{destination=\"gp-a81001\",state=\"closed\"}").Should().Be(1);
        Value(back, "interop_destination_circuit_state{destination=\"gp-a81001\",state=\"open\"}").Should().Be(0);
    }

    private static async Task<string> ScrapeUntilAsync(EngineHost host, Func<string, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        var metrics = await ScrapeAsync(host);
        while (!condition(metrics))
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the scrape should show the expected state in time");
            await Task.Delay(50);
            metrics = await ScrapeAsync(host);
        }

        return metrics;
    }

    private static async Task<string> ScrapeAsync(EngineHost host)
    {
        using var http = host.ClientFor(null);
        using var response = await http.GetAsync(new Uri("metrics", UriKind.Relative));
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        return Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
    }

    // A sample's value, or 0 when the series has not appeared yet.
    private static double Value(string metrics, string series) =>
        metrics.Split('\n').Where(l => l.StartsWith(series + " ", StringComparison.Ordinal))
            .Select(l => double.Parse(l[(series.Length + 1)..], CultureInfo.InvariantCulture)).SingleOrDefault();
}
