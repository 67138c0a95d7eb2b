using System.Globalization;
using Interop.Engine.Messages;
using Interop.Engine.Sqlite.Tests.Support;

namespace Interop.Engine.Sqlite.Tests.Storage;

/// <summary>A few thousand messages with varied senders, events, patients, statuses and destinations, and the same data in memory.</summary>
public sealed class SearchFixture : IAsyncLifetime
{
    public const int Count = 3000;

    private static readonly string[] Senders = ["FQW30", "RBT", "A81001"];
    private static readonly string[] Events = ["ITK014M", "ITK008M", "servicerequest-request"];

    internal TestEngine Engine { get; } = new();

    internal List<Row> Rows { get; } = [];

    public async Task InitializeAsync()
    {
        var writes = new List<Task>();
        for (var i = 0; i < Count; i++)
        {
            // Two messages per timestamp, so pages must break ties on id.
            var message = TestMessages.Incoming(
                senderOds: Senders[i % Senders.Length],
                eventCode: Events[i / 7 % Events.Length],
                nhsNumber: (9000000000L + (i % 10)).ToString(CultureInfo.InvariantCulture),
                receivedAt: TestMessages.Start.AddSeconds(i / 2),
                replayOf: i % 11 == 1 ? $"original-{i % 3}" : null);
            var rejected = i % 5 == 0;
            var destinations = new List<string>();
            if (!rejected && i % 4 == 0)
            {
                destinations.Add("gp-a81001");
            }

            if (!rejected && i % 6 == 0)
            {
                destinations.Add("pharmacy-fqw30");
            }

            var status = rejected ? MessageStatus.Rejected : destinations.Count > 0 ? MessageStatus.Routed : MessageStatus.Received;
            Rows.Add(new Row(message.Id, message.ReceivedAt, message.Envelope.SenderOds!, message.Envelope.Event!, message.Envelope.PatientNhsNumber!, status, destinations, message.ReplayOf));
            writes.Add(status == MessageStatus.Rejected
                ? Engine.Store.RejectAsync(message, new TimelineEntry(message.ReceivedAt, "receive", "rejected", "20009"), [], default)
                : AcceptAndRouteAsync(message, destinations));
        }

        await Task.WhenAll(writes);
    }

    public Task DisposeAsync()
    {
        Engine.Dispose();
        return Task.CompletedTask;
    }

    private async Task AcceptAndRouteAsync(IncomingMessage message, List<string> destinations)
    {
        await Engine.Store.AcceptAsync(message, TestMessages.RouteJob(message), default);
        if (destinations.Count > 0)
        {
            await Engine.Store.ApplyAsync(new MessageUpdate(message.Id)
            {
                Status = MessageStatus.Routed,
                Deliveries = [.. destinations.Select(d => new DeliveryRecord(d, DeliveryStatus.Pending, 0, null, message.Id + d, message.ReceivedAt))],
            }, default);
        }
    }

    internal sealed record Row(string Id, DateTimeOffset ReceivedAt, string Sender, string Event, string NhsNumber, MessageStatus Status, List<string> Destinations, string? ReplayOf);
}
