using Interop.Engine.Sqlite.Tests.Support;
using Interop.Engine.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Interop.Engine.Sqlite.Tests.Statistics;

public sealed class SqliteMessageStatisticsTests : IDisposable
{
    private static readonly DateTimeOffset From = TestMessages.Start;
    private static readonly DateTimeOffset To = TestMessages.Start.AddHours(2);
    private readonly TestEngine _engine = new();

    private IMessageStatistics Statistics => _engine.Statistics;

    [Fact]
    public async Task GetDeadLettersAsync_Range_GroupsByReasonDestinationAndEventBiggestFirst()
    {
        var scenario = await StatisticsScenario.CreateAsync(_engine);

        var summary = await Statistics.GetDeadLettersAsync(From, To, default);

        summary.Total.Should().Be(3, "the dead letter received a day earlier is outside the range");
        summary.Groups.Select(g => (g.Reason, g.Destination, g.Event, g.Count)).Should().Equal(
            (StatisticsScenario.Refused, StatisticsScenario.Gp, "ITK014M", 2),
            (StatisticsScenario.Timeout, StatisticsScenario.Gp, "ITK008M", 1));
        var refused = summary.Groups[0];
        refused.MessageIds.Should().Equal(scenario.Ids[1], scenario.Ids[0]);
        (refused.FirstAt, refused.LastAt).Should().Be((From.AddMinutes(1), From.AddMinutes(2)));
    }

    [Fact]
    public async Task GetDeadLettersAsync_BigGroup_ListsTheNewestTwentyIds()
    {
        var scenario = await StatisticsScenario.CreateAsync(_engine);
        for (var i = 0; i < 25; i++)
        {
            await scenario.DeadLetterAsync(From.AddMinutes(10).AddSeconds(i), "ITK014M", StatisticsScenario.Refused, 10);
        }

        var group = (await Statistics.GetDeadLettersAsync(From, To, default)).Groups[0];

        group.Count.Should().Be(27);
        group.MessageIds.Should().Equal(Enumerable.Reverse(scenario.Ids).Take(DeadLetterGroup.MaxMessageIds));
    }

    [Fact]
    public async Task GetDestinationActivityAsync_Range_CountsDeliveriesAttemptsAndLatencyPerDestination()
    {
        await StatisticsScenario.CreateAsync(_engine);

        var activity = await Statistics.GetDestinationActivityAsync(From, To, default);

        activity.Should().Equal(
            new DestinationActivity(StatisticsScenario.Gp, 0, 0, 3, 3, 3, 12, 5000),
            new DestinationActivity(StatisticsScenario.Shcr, 1, 1, 0, 2, 1, 20, 30));
    }

    [Fact]
    public async Task GetDestinationActivityAsync_EmptyRange_ReturnsNothing()
    {
        await StatisticsScenario.CreateAsync(_engine);

        (await Statistics.GetDestinationActivityAsync(From.AddDays(5), From.AddDays(6), default)).Should().BeEmpty();
    }

    [Fact]
    public async Task GetThroughputAsync_HourBuckets_RoundsTheStartDownAndListsEveryBucket()
    {
        await StatisticsScenario.CreateAsync(_engine);

        var series = await Statistics.GetThroughputAsync(From.AddMinutes(10), From.AddHours(3), TimeSpan.FromHours(1), default);

        series.Should().Equal(
            new ThroughputBucket(From, 5, 1, 0, 3),
            new ThroughputBucket(From.AddHours(1), 1, 0, 1, 0),
            new ThroughputBucket(From.AddHours(2), 0, 0, 0, 0));
    }

    [Fact]
    public async Task GetThroughputAsync_MinuteBuckets_PutsEachMessageInItsMinute()
    {
        await StatisticsScenario.CreateAsync(_engine);

        var series = await Statistics.GetThroughputAsync(From, From.AddMinutes(6), TimeSpan.FromMinutes(1), default);

        series.Select(b => b.Received).Should().Equal(0, 1, 1, 1, 1, 1);
        series.Select(b => b.DeadLettered).Should().Equal(0, 1, 1, 1, 0, 0);
    }

    [Fact]
    public async Task Aggregates_RangeEndingBeforeItStarts_ThrowArgumentException()
    {
        var dead = () => Statistics.GetDeadLettersAsync(To, From, default);
        var series = () => Statistics.GetThroughputAsync(From, To, TimeSpan.Zero, default);

        await dead.Should().ThrowAsync<ArgumentException>();
        await series.Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    public void Dispose() => _engine.Dispose();
}
