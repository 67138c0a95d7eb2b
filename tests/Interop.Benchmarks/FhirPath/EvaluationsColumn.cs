using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Interop.Benchmarks.FhirPath;

/// <summary>A column with evaluations/s: the cases a benchmark evaluates per operation, over its mean time.</summary>
internal sealed class EvaluationsColumn : IColumn
{
    private static readonly Lazy<IReadOnlyList<BenchCase>> Cases = new(BenchCases.Load);

    public string Id => nameof(EvaluationsColumn);

    public string ColumnName => "evals/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Expressions evaluated (one expression over one input) per second";

    /// <summary>Evaluations per second of <paramref name="report"/>'s benchmark, or null when it has no result.</summary>
    public static double? EvaluationsPerSecond(BenchmarkReport? report) =>
        report?.ResultStatistics is { } stats
            ? CaseCount(report.BenchmarkCase) / (stats.Mean / 1e9)
            : null;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        EvaluationsPerSecond(summary[benchmarkCase])?.ToString("N0", CultureInfo.InvariantCulture) ?? "-";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    private static int CaseCount(BenchmarkCase benchmarkCase)
    {
        var set = BenchCases.SetOf(benchmarkCase.Descriptor.WorkloadMethod.Name);
        return Cases.Value.Count(c => c.Set == set);
    }
}
