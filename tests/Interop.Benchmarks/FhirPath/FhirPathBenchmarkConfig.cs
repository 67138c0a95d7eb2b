namespace Interop.Benchmarks.FhirPath;

/// <summary>The in-process job with an evaluations/s column.</summary>
internal sealed class FhirPathBenchmarkConfig : InProcessBenchmarkConfig
{
    public FhirPathBenchmarkConfig() => AddColumn(new EvaluationsColumn());
}
