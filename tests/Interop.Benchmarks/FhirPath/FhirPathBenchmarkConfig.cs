using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace Interop.Benchmarks.FhirPath;

/// <summary>One job per set with allocation figures and an evaluations/s column.</summary>
internal sealed class FhirPathBenchmarkConfig : ManualConfig
{
    public FhirPathBenchmarkConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new EvaluationsColumn());

        // The generated project builds the engine, the CLI and their dependencies one at a time: on 2 busy cores, over 2 minutes.
        WithBuildTimeout(TimeSpan.FromMinutes(10));
    }
}
