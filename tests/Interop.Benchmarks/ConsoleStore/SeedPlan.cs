using System.Globalization;
using Interop.Engine.Messages;

namespace Interop.Benchmarks.ConsoleStore;

/// <summary>
/// What seeded message <c>index</c> is, decided by a random generator seeded with the index, so every seeding writes the
/// same store. Messages arrive evenly over <see cref="Span"/> before <see cref="End"/>: an Update Record from one of 60
/// pharmacies to one of 400 GP practices (55 %, a quarter of them copied to the Shared Care Record), a transaction from one
/// of 10 trusts to the Shared Care Record (20 %), a BaRS referral to a pharmacy (15 %) or a discharge summary to a GP (10 %),
/// about 200,000 patients. 3 % are rejected by validation; of the deliveries 2 % are dead-lettered (422, 400, timeout,
/// network), 0.3 % are still retrying and 4.7 % needed a retry.
/// </summary>
internal sealed class SeedPlan
{
    public static readonly DateTimeOffset End = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly TimeSpan Span = TimeSpan.FromDays(14);

    public const string BusiestDestination = "shcr";
    public const string SomeSender = "FA007";
    public const string SomeNhsNumber = "9000012345";

    private static readonly string[] Trusts = ["RBT", "RTH", "RJ1", "RX1", "RA7", "RM1", "R0A", "RRK", "RWE", "RGT"];

    private readonly Random _random;

    public SeedPlan(int index, int count)
    {
        _random = new Random(index);
        ReceivedAt = End - Span + (Span * ((double)index / count));
        var kind = _random.Next(100);
        (Event, Sender, Destinations) = kind switch
        {
            < 55 => ("ITK014M", Pharmacy(_random.Next(60)), _random.Next(4) == 0 ? [Gp(_random.Next(400)), BusiestDestination] : new[] { Gp(_random.Next(400)) }),
            < 75 => ("transaction", Trusts[_random.Next(Trusts.Length)], [BusiestDestination]),
            < 90 => ("servicerequest-request", Trusts[_random.Next(Trusts.Length)], ["pharmacy-" + Pharmacy(_random.Next(60)).ToLowerInvariant()]),
            _ => ("ITK007C", Trusts[_random.Next(Trusts.Length)], [Gp(_random.Next(400))]),
        };
        NhsNumber = (9_000_000_000L + _random.Next(200_000)).ToString(CultureInfo.InvariantCulture);
        IsRejected = _random.Next(100) < 3;
    }

    public DateTimeOffset ReceivedAt { get; }

    public string Event { get; }

    public string Sender { get; }

    public string NhsNumber { get; }

    public bool IsRejected { get; }

    public IReadOnlyList<string> Destinations { get; }

    public IncomingMessage Message(byte[] payload)
    {
        var itk = Event.StartsWith("ITK", StringComparison.Ordinal);
        return new IncomingMessage(
            NewId().ToString("N"),
            ReceivedAt,
            Sender.StartsWith('F') ? "demo-pharmacy" : "demo-trust",
            itk ? "STU3" : "R4",
            itk ? "application/fhir+xml" : "application/fhir+json",
            new MessageEnvelope(NewId().ToString(), NewId().ToString(), "https://fhir.nhs.uk/CodeSystem/message-event", Event, Sender,
                Destinations[0].ToUpperInvariant(), "https://sender.example/fhir", NhsNumber, InfAckRequested: itk, BusAckRequested: itk),
            payload);
    }

    /// <summary>The delivery to <paramref name="destination"/> as it ended, and its attempts for the timeline.</summary>
    public (DeliveryRecord Delivery, List<TimelineEntry> Timeline) Deliver(IncomingMessage message, string destination)
    {
        var at = message.ReceivedAt.AddMilliseconds(50);
        var timeline = new List<TimelineEntry>();
        var key = $"{message.Id}.{destination}";
        var roll = _random.Next(1000);
        var (reason, status, attempts) = roll switch
        {
            < 10 => ("DLV-HTTP-422", 422, 1),
            < 14 => ("DLV-HTTP-400", 400, 1),
            < 18 => ("DLV-TIMEOUT", (int?)null, 3),
            < 20 => ("DLV-NETWORK", null, 3),
            < 23 => ("DLV-HTTP-503", 503, 1),
            < 70 => (null, 200, 2),
            _ => ((string?)null, 200, 1),
        };
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            var ok = reason is null && attempt == attempts;
            var latency = reason == "DLV-TIMEOUT" ? 10_000 : 40 + (Math.Pow(_random.NextDouble(), 3) * 1500);
            at = at.AddMilliseconds(latency);
            var code = ok ? "200" : reason ?? "DLV-HTTP-503";
            timeline.Add(new TimelineEntry(at, "deliver", ok ? "ok" : attempt < attempts ? "retry" : "failed", code, null, destination, attempt,
                ok ? 200 : status is 200 ? 503 : status, latency));
        }

        if (reason is null)
        {
            return (new DeliveryRecord(destination, DeliveryStatus.Delivered, attempts, null, key, at), timeline);
        }

        var retrying = roll >= 20;
        timeline.Add(new TimelineEntry(at, "deliver", retrying ? "retry" : "dead-lettered", reason, null, destination));
        return (new DeliveryRecord(destination, retrying ? DeliveryStatus.Retrying : DeliveryStatus.DeadLettered, attempts, reason, key, at), timeline);
    }

    private static string Pharmacy(int n) => string.Create(CultureInfo.InvariantCulture, $"FA{n:D3}");

    private static string Gp(int n) => string.Create(CultureInfo.InvariantCulture, $"gp-a8{1000 + n:D4}");

    private Guid NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
