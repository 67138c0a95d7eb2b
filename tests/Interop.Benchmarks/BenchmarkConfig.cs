using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace Interop.Benchmarks;

/// <summary>
/// One short job per benchmark with allocation figures, an MB/s column, and the median beside the mean: on the shared
/// development VM a neighbour's burst can stretch a few iterations, which moves the mean far more than the median.
/// </summary>
internal sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(12));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new ThroughputColumn());
        AddColumn(StatisticColumn.Median);
    }
}
