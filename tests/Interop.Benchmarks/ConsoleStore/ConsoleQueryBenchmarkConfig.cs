using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Interop.Benchmarks.ConsoleStore;

/// <summary>In process (the seeded store is opened once per run, not per child process), few iterations: each query is milliseconds.</summary>
internal sealed class ConsoleQueryBenchmarkConfig : ManualConfig
{
    public ConsoleQueryBenchmarkConfig() =>
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10).WithToolchain(InProcessEmitToolchain.Instance));
}
