using Interop.Engine.Messages;
using Interop.Engine.Queues;

namespace Interop.Engine.Sqlite.Tests.Support;

/// <summary>Incoming messages and jobs for tests.</summary>
internal static class TestMessages
{
    public static readonly DateTimeOffset Start = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    public static IncomingMessage Incoming(
        string? headerId = null,
        string? bundleIdentifier = null,
        string? senderOds = "FQW30",
        string clientId = "demo-pharmacy",
        string? eventCode = "ITK014M",
        string? nhsNumber = "9449305552",
        DateTimeOffset? receivedAt = null,
        string? replayOf = null,
        byte[]? payload = null) =>
        new(
            Guid.NewGuid().ToString("N"),
            receivedAt ?? Start,
            clientId,
            "R4",
            "application/fhir+json",
            new MessageEnvelope(
                headerId ?? Guid.NewGuid().ToString(),
                bundleIdentifier,
                "https://fhir.nhs.uk/CodeSystem/message-event",
                eventCode,
                senderOds,
                "A81001",
                "https://pharmacy.example/fhir",
                nhsNumber,
                InfAckRequested: true,
                BusAckRequested: false,
                SenderReference: "urn:uuid:" + Guid.NewGuid()),
            payload ?? "{\"resourceType\":\"Bundle\"}"u8.ToArray(),
            replayOf);

    public static QueueJob RouteJob(IncomingMessage message) => new(QueueNames.Route, $"{{\"messageId\":\"{message.Id}\"}}");

    public static string Body(int utf8Bytes) => new('x', utf8Bytes);
}
