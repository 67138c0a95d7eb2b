using System.Globalization;
using System.Text;
using Interop.Engine.Messages;
using Interop.Engine.Queues;
using Interop.Engine.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Interop.Benchmarks.ConsoleStore;

/// <summary>
/// Writes messages as the pipeline would leave them, through <see cref="IMessageStore"/> only: accepted (or rejected at
/// validation), routed to one or two destinations, and each delivery finished with its HTTP attempts on the timeline.
/// <see cref="SeedPlan"/> decides what each message is; this class only writes it.
/// </summary>
internal static class StoreSeeder
{
    private const int Callers = 1024;

    /// <summary>Writes messages 0 to <paramref name="count"/> - 1 of a plan for <paramref name="planned"/> messages.</summary>
    public static async Task SeedAsync(IServiceProvider services, int count, int planned)
    {
        var store = services.GetRequiredService<IMessageStore>();
        var payloads = Enumerable.Range(0, 64).Select(Payload).ToArray();
        var next = -1;
        var done = 0;
        await Task.WhenAll(Enumerable.Range(0, Callers).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < count)
            {
                await SeedOneAsync(store, new SeedPlan(index, planned), payloads[index % payloads.Length]).ConfigureAwait(false);
                if (Interlocked.Increment(ref done) % 10_000 == 0)
                {
                    Console.WriteLine($"  {done:N0} messages");
                }
            }
        })));
    }

    private static async Task SeedOneAsync(IMessageStore store, SeedPlan plan, byte[] payload)
    {
        var message = plan.Message(payload);
        if (plan.IsRejected)
        {
            await store.RejectAsync(message, new TimelineEntry(message.ReceivedAt.AddMilliseconds(40), "validate", "rejected", "VAL-PROFILE", "The message does not conform to its profile."), [], default).ConfigureAwait(false);
            return;
        }

        await store.AcceptAsync(message, new QueueJob(QueueNames.Validate, message.Id), default).ConfigureAwait(false);
        var timeline = new List<TimelineEntry>
        {
            new(message.ReceivedAt.AddMilliseconds(40), "validate", "ok"),
            new(message.ReceivedAt.AddMilliseconds(45), "route", "ok"),
        };
        var deliveries = new List<DeliveryRecord>();
        foreach (var destination in plan.Destinations)
        {
            var (delivery, entries) = plan.Deliver(message, destination);
            deliveries.Add(delivery);
            timeline.AddRange(entries);
        }

        await store.ApplyAsync(new MessageUpdate(message.Id) { Timeline = timeline, Deliveries = deliveries, DeriveStatusFromDeliveries = true }, default).ConfigureAwait(false);
    }

    // JSON-shaped text of about 4 KB (the size of the repository's sample messages) with varying digits.
    private static byte[] Payload(int seed)
    {
        var text = new StringBuilder(4200).Append("{\"resourceType\":\"Bundle\",\"entry\":[");
        var random = new Random(seed);
        while (text.Length < 4000)
        {
            text.Append("{\"value\":").Append(random.Next().ToString(CultureInfo.InvariantCulture)).Append("},");
        }

        return Encoding.UTF8.GetBytes(text.Append("{}]}").ToString());
    }
}
