using Interop.Cli.Load;

namespace Interop.Cli.Tests.Load;

public sealed class LatencySummaryTests
{
    [Fact]
    public void Of_HundredSamples_TakesNearestRank()
    {
        // 1..100 in shuffled order: the p-th percentile by nearest rank is the value p itself.
        var samples = Enumerable.Range(1, 100).Select(i => (double)(i * 37 % 100 + 1)).ToList();

        var summary = LatencySummary.Of(samples);

        summary.Should().Be(new LatencySummary(100, 50, 95, 99, 100));
    }

    [Fact]
    public void Of_TenSamples_RoundsRankUpToAMeasuredValue()
    {
        var summary = LatencySummary.Of([10, 20, 30, 40, 50, 60, 70, 80, 90, 1000]);

        // Ranks ceil(5) = 5, ceil(9.5) = 10, ceil(9.9) = 10.
        summary.P50.Should().Be(50);
        summary.P95.Should().Be(1000);
        summary.P99.Should().Be(1000);
    }

    [Fact]
    public void Of_OneSample_IsThatSampleEverywhere()
    {
        LatencySummary.Of([7.5]).Should().Be(new LatencySummary(1, 7.5, 7.5, 7.5, 7.5));
    }

    [Fact]
    public void Of_NoSamples_IsAllZero()
    {
        LatencySummary.Of([]).Should().Be(new LatencySummary(0, 0, 0, 0, 0));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100.5)]
    public void Percentile_OutOfRange_Throws(double percent)
    {
        var act = () => LatencySummary.Percentile([1, 2, 3], percent);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
