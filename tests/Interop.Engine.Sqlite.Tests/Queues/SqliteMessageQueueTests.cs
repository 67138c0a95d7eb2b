using Interop.Engine.Queues;
using Interop.Engine.Sqlite.Tests.Support;

namespace Interop.Engine.Sqlite.Tests.Queues;

public sealed class SqliteMessageQueueTests : IDisposable
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private readonly TestEngine _engine = new();

    public void Dispose() => _engine.Dispose();

    [Fact]
    public async Task ReceiveAsync_LeaseRunsOut_RedeliversWithHigherDequeueCountAndNewReceipt()
    {
        await _engine.Queue.EnqueueAsync(new QueueJob(QueueNames.Route, "job"), default);
        var first = (await _engine.Queue.ReceiveAsync(QueueNames.Route, 1, Lease, default)).Single();

        var whileLeased = await _engine.Queue.ReceiveAsync(QueueNames.Route, 1, Lease, default);
        _engine.Clock.Advance(Lease);
        var second = (await _engine.Queue.ReceiveAsync(QueueNames.Route, 1, Lease, default)).Single();

        whileLeased.Should().BeEmpty();
        first.DequeueCount.Should().Be(1);
        second.Should().Match<LeasedMessage>(m => m.Id == first.Id && m.DequeueCount == 2 && m.Body == "job");
        second.PopReceipt.Should().NotBe(first.PopReceipt);
    }

    [Fact]
    public async Task DeleteAsync_StaleReceipt_ReturnsFalseAndKeepsJob()
    {
        await _engine.Queue.EnqueueAsync(new QueueJob(QueueNames.Route, "job"), default);
        var first = (await _engine.Queue.ReceiveAsync(QueueNames.Route, 1, Lease, default)).Single();
        _engine.Clock.Advance(Lease);
        var second = (await _engine.Queue.ReceiveAsync(QueueNames.Route, 1, Lease, default)).Single();

        var staleDelete = await _engine.Queue.DeleteAsync(first, default);
        var staleUpdate = await _engine.Queue.UpdateVisibilityAsync(first, Lease, default);
        var currentDelete = await _engine.Queue.DeleteAsync(second, default);

        staleDelete.Should().BeFalse();
        staleUpdate.Should().BeNull();
        currentDelete.Should().BeTrue();
        (await _engine.Queue.GetStatsAsync(QueueNames.Route, default)).Depth.Should().Be(0);
    }

    [Fact]
    public async Task UpdateVisibilityAsync_ExtendsLeaseAndIssuesNewReceipt()
    {
        await _engine.Queue.EnqueueAsync(new QueueJob(QueueNames.Route, "job"), default);
        var leased = (await _engine.Queue.ReceiveAsync(QueueNames.Route, 1, Lease, default)).Single();
        _engine.Clock.Advance(TimeSpan.FromSeconds(20));

        var extended = await _engine.Queue.UpdateVisibilityAsync(leased, Lease, default);
        _engine.Clock.Advance(TimeSpan.FromSeconds(20));

        extended!.PopReceipt.Should().NotBe(leased.PopReceipt);
        extended.DequeueCount.Should().Be(1);
        (await _engine.Queue.ReceiveAsync(QueueNames.Route, 1, Lease, default)).Should().BeEmpty();
        (await _engine.Queue.DeleteAsync(leased, default)).Should().BeFalse();
        (await _engine.Queue.DeleteAsync(extended, default)).Should().BeTrue();
    }

    [Fact]
    public async Task EnqueueAsync_WithVisibilityDelay_HiddenUntilDelayPasses()
    {
        await _engine.Queue.EnqueueAsync(new QueueJob(QueueNames.Deliver, "retry", TimeSpan.FromMinutes(2)), default);

        var early = await _engine.Queue.ReceiveAsync(QueueNames.Deliver, 1, Lease, default);
        _engine.Clock.Advance(TimeSpan.FromMinutes(2));
        var due = await _engine.Queue.ReceiveAsync(QueueNames.Deliver, 1, Lease, default);

        early.Should().BeEmpty();
        due.Should().ContainSingle();
    }

    [Fact]
    public async Task ReceiveAsync_SeveralJobs_OldestFirstAndOnlyFromItsQueue()
    {
        foreach (var body in new[] { "1", "2", "3" })
        {
            await _engine.Queue.EnqueueAsync(new QueueJob(QueueNames.Route, body), default);
            _engine.Clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        await _engine.Queue.EnqueueAsync(new QueueJob(QueueNames.Deliver, "other"), default);

        var received = await _engine.Queue.ReceiveAsync(QueueNames.Route, 2, Lease, default);

        received.Select(m => m.Body).Should().Equal("1", "2");
        received.Should().OnlyContain(m => m.Queue == QueueNames.Route);
    }

    [Fact]
    public async Task GetStatsAsync_CountsVisibleAndLeasedJobsAndOldest()
    {
        var oldest = _engine.Clock.GetUtcNow();
        await _engine.Queue.EnqueueAsync(new QueueJob(QueueNames.Route, "1"), default);
        _engine.Clock.Advance(TimeSpan.FromSeconds(1));
        await _engine.Queue.EnqueueAsync(new QueueJob(QueueNames.Route, "2"), default);
        await _engine.Queue.ReceiveAsync(QueueNames.Route, 1, Lease, default);

        var stats = await _engine.Queue.GetStatsAsync(QueueNames.Route, default);
        var empty = await _engine.Queue.GetStatsAsync(QueueNames.Acknowledge, default);

        stats.Should().Be(new QueueStats(QueueNames.Route, 2, oldest));
        empty.Should().Be(new QueueStats(QueueNames.Acknowledge, 0, null));
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("Route")]
    [InlineData("route_1")]
    public async Task EnqueueAsync_InvalidQueueName_ThrowsArgumentException(string queue)
    {
        var enqueue = () => _engine.Queue.EnqueueAsync(new QueueJob(queue, "job"), default);

        await enqueue.Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task EnqueueAsync_BodyAtLimitAccepted_OneByteOverRejected()
    {
        // 'é' is two UTF-8 bytes: the limit counts bytes, not characters.
        await _engine.Queue.EnqueueAsync(new QueueJob(QueueNames.Route, new string('é', QueueJob.MaxBodyBytes / 2)), default);
        var over = () => _engine.Queue.EnqueueAsync(new QueueJob(QueueNames.Route, new string('é', QueueJob.MaxBodyBytes / 2) + "x"), default);

        await over.Should().ThrowAsync<ArgumentException>();
        (await _engine.Queue.GetStatsAsync(QueueNames.Route, default)).Depth.Should().Be(1);
    }

    [Fact]
    public async Task ReceiveAsync_FourConcurrentConsumers_EachJobReceivedExactlyOnce()
    {
        const int jobs = 1000;
        await Task.WhenAll(Enumerable.Range(0, jobs).Select(i => _engine.Queue.EnqueueAsync(new QueueJob(QueueNames.Deliver, i.ToString(System.Globalization.CultureInfo.InvariantCulture)), default)));
        var received = new System.Collections.Concurrent.ConcurrentBag<LeasedMessage>();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (await _engine.Queue.ReceiveAsync(QueueNames.Deliver, 16, TimeSpan.FromMinutes(5), default) is { Count: > 0 } batch)
            {
                foreach (var message in batch)
                {
                    received.Add(message);
                    (await _engine.Queue.DeleteAsync(message, default)).Should().BeTrue();
                }
            }
        })));

        received.Select(m => m.Body).Should().OnlyHaveUniqueItems().And.HaveCount(jobs);
        received.Should().OnlyContain(m => m.DequeueCount == 1);
        (await _engine.Queue.GetStatsAsync(QueueNames.Deliver, default)).Depth.Should().Be(0);
    }
}
