using Interop.Engine.Messages;
using Interop.Engine.Queues;
using Interop.Engine.Sqlite.Tests.Support;

namespace Interop.Engine.Sqlite.Tests.Storage;

/// <summary>The status a message's deliveries add up to, and the jobs that wait for the message to end.</summary>
public sealed class SqliteMessageStoreStatusTests : IDisposable
{
    private readonly TestEngine _engine = new();

    [Theory]
    [InlineData(DeliveryStatus.Delivered, DeliveryStatus.Delivered, MessageStatus.Delivered)]
    [InlineData(DeliveryStatus.Delivered, DeliveryStatus.DeadLettered, MessageStatus.PartiallyDelivered)]
    [InlineData(DeliveryStatus.DeadLettered, DeliveryStatus.DeadLettered, MessageStatus.DeadLettered)]
    [InlineData(DeliveryStatus.Delivered, DeliveryStatus.Retrying, MessageStatus.Routed)]
    [InlineData(DeliveryStatus.Delivered, DeliveryStatus.Pending, MessageStatus.Routed)]
    public async Task ApplyAsync_DeriveStatus_SetsWhatTheDeliveriesAddUpTo(DeliveryStatus first, DeliveryStatus second, MessageStatus expected)
    {
        var id = await RoutedToTwoAsync();

        await _engine.Store.ApplyAsync(new MessageUpdate(id) { Deliveries = [Delivery("a", first)] }, default);
        await _engine.Store.ApplyAsync(new MessageUpdate(id) { Deliveries = [Delivery("b", second)], DeriveStatusFromDeliveries = true }, default);

        (await _engine.Store.FindAsync(id, default))!.Status.Should().Be(expected);
    }

    [Fact]
    public async Task ApplyAsync_JobsWhenFinal_EnqueuedOnlyByTheUpdateThatEndsTheMessage()
    {
        var id = await RoutedToTwoAsync();
        var ack = new QueueJob(QueueNames.Acknowledge, "{\"messageId\":\"" + id + "\"}");

        await _engine.Store.ApplyAsync(new MessageUpdate(id) { Deliveries = [Delivery("a", DeliveryStatus.Delivered)], DeriveStatusFromDeliveries = true, JobsWhenFinal = [ack] }, default);
        (await _engine.Queue.GetStatsAsync(QueueNames.Acknowledge, default)).Depth.Should().Be(0, "one delivery is still pending");

        await _engine.Store.ApplyAsync(new MessageUpdate(id) { Deliveries = [Delivery("b", DeliveryStatus.Delivered)], DeriveStatusFromDeliveries = true, JobsWhenFinal = [ack] }, default);
        await _engine.Store.ApplyAsync(new MessageUpdate(id) { Deliveries = [Delivery("b", DeliveryStatus.Delivered)], DeriveStatusFromDeliveries = true, JobsWhenFinal = [ack] }, default);

        (await _engine.Queue.GetStatsAsync(QueueNames.Acknowledge, default)).Depth.Should().Be(1, "only the update that ended the message enqueues");
    }

    [Fact]
    public async Task ApplyAsync_ConcurrentLastDeliveries_EndTheMessageOnce()
    {
        var ids = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            ids.Add(await RoutedToTwoAsync());
        }

        var ack = new QueueJob(QueueNames.Acknowledge, "{}");
        await Task.WhenAll(ids.SelectMany(id => new[] { "a", "b" }.Select(d =>
            _engine.Store.ApplyAsync(new MessageUpdate(id) { Deliveries = [Delivery(d, DeliveryStatus.Delivered)], DeriveStatusFromDeliveries = true, JobsWhenFinal = [ack] }, default))));

        (await _engine.Queue.GetStatsAsync(QueueNames.Acknowledge, default)).Depth.Should().Be(ids.Count);
        foreach (var id in ids)
        {
            (await _engine.Store.FindAsync(id, default))!.Status.Should().Be(MessageStatus.Delivered);
        }
    }

    public void Dispose() => _engine.Dispose();

    private async Task<string> RoutedToTwoAsync()
    {
        var message = TestMessages.Incoming();
        await _engine.Store.AcceptAsync(message, TestMessages.RouteJob(message), default);
        await _engine.Store.ApplyAsync(new MessageUpdate(message.Id)
        {
            Status = MessageStatus.Routed,
            Deliveries = [Delivery("a", DeliveryStatus.Pending), Delivery("b", DeliveryStatus.Pending)],
        }, default);
        return message.Id;
    }

    private static DeliveryRecord Delivery(string destination, DeliveryStatus status) =>
        new(destination, status, 1, null, "key-" + destination, TestMessages.Start);
}
