using Interop.Engine.Messages;
using Interop.Engine.Sqlite.Tests.Support;

namespace Interop.Engine.Sqlite.Tests.Statistics;

/// <summary>
/// A small store with known dead letters, deliveries and attempts around <see cref="TestMessages.Start"/>: three dead
/// letters to gp-a81001 (two ITK014M refused with 422, one ITK008M timed out), one delivery to shcr after a retry, one
/// pending, one rejected message an hour later, and one old dead letter a day before.
/// </summary>
internal sealed class StatisticsScenario
{
    public const string Gp = "gp-a81001";
    public const string Shcr = "shcr";
    public const string Refused = "DLV-HTTP-422";
    public const string Timeout = "DLV-TIMEOUT";

    private StatisticsScenario(TestEngine engine) => Engine = engine;

    public TestEngine Engine { get; }

    public List<string> Ids { get; } = [];

    public string Old { get; private set; } = "";

    public static async Task<StatisticsScenario> CreateAsync(TestEngine engine)
    {
        var scenario = new StatisticsScenario(engine);
        var start = TestMessages.Start;
        await scenario.DeadLetterAsync(start.AddMinutes(1), "ITK014M", Refused, 10);
        await scenario.DeadLetterAsync(start.AddMinutes(2), "ITK014M", Refused, 12);
        await scenario.DeadLetterAsync(start.AddMinutes(3), "ITK008M", Timeout, 5000);
        await scenario.DeliverAsync(start.AddMinutes(4), DeliveryStatus.Delivered, (false, 20), (true, 30));
        await scenario.DeliverAsync(start.AddMinutes(5), DeliveryStatus.Pending);
        var rejected = TestMessages.Incoming(receivedAt: start.AddMinutes(70));
        await engine.Store.RejectAsync(rejected, new TimelineEntry(rejected.ReceivedAt, "receive", "rejected", "20009"), [], default);
        scenario.Ids.Add(rejected.Id);
        scenario.Old = await scenario.DeadLetterAsync(start.AddDays(-1), "ITK014M", Refused, 11);
        return scenario;
    }

    public async Task<string> DeadLetterAsync(DateTimeOffset receivedAt, string eventCode, string reason, double latencyMs)
    {
        var message = TestMessages.Incoming(eventCode: eventCode, receivedAt: receivedAt);
        await Engine.Store.AcceptAsync(message, TestMessages.RouteJob(message), default);
        var at = receivedAt.AddSeconds(1);
        await Engine.Store.ApplyAsync(new MessageUpdate(message.Id)
        {
            Timeline = [new TimelineEntry(at, "deliver", "failed", reason, null, Gp, 1, null, latencyMs), new TimelineEntry(at, "deliver", "dead-lettered", reason, null, Gp)],
            Deliveries = [new DeliveryRecord(Gp, DeliveryStatus.DeadLettered, 1, reason, message.Id + Gp, at)],
            DeriveStatusFromDeliveries = true,
        }, default);
        Ids.Add(message.Id);
        return message.Id;
    }

    private async Task DeliverAsync(DateTimeOffset receivedAt, DeliveryStatus status, params (bool Ok, double LatencyMs)[] attempts)
    {
        var message = TestMessages.Incoming(receivedAt: receivedAt);
        await Engine.Store.AcceptAsync(message, TestMessages.RouteJob(message), default);
        var at = receivedAt.AddSeconds(1);
        await Engine.Store.ApplyAsync(new MessageUpdate(message.Id)
        {
            Timeline = [.. attempts.Select((a, i) => new TimelineEntry(at, "deliver", a.Ok ? "ok" : "retry", a.Ok ? "200" : "DLV-HTTP-503", null, Shcr, i + 1, a.Ok ? 200 : 503, a.LatencyMs))],
            Deliveries = [new DeliveryRecord(Shcr, status, attempts.Length, null, message.Id + Shcr, at)],
            DeriveStatusFromDeliveries = true,
        }, default);
        Ids.Add(message.Id);
    }
}
