using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Interop.Benchmarks;

/// <summary>One in-process job per benchmark with allocation figures.</summary>
internal class InProcessBenchmarkConfig : ManualConfig
{
    public InProcessBenchmarkConfig()
    {
        // In process: an out-of-process job rebuilds the engine, the CLI and both FHIR models in a project of its own first,
        // which takes minutes on 2 cores; the steady-state work it would measure is the same.
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10).WithToolchain(InProcessEmitToolchain.Instance));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
