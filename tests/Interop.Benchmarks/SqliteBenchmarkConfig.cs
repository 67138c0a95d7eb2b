using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Interop.Benchmarks;

/// <summary>
/// Few, long iterations (each commits hundreds of messages to disk) with an operations-per-second column, run in
/// process: the time is disk and SQLite, and a generated child project would rebuild the FHIR model for minutes.
/// </summary>
internal sealed class SqliteBenchmarkConfig : ManualConfig
{
    public SqliteBenchmarkConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(6).WithInvocationCount(1).WithUnrollFactor(1)
            .WithToolchain(InProcessEmitToolchain.Instance));
        AddColumn(StatisticColumn.OperationsPerSecond);
    }
}
