using System.Globalization;
using BenchmarkDotNet.Running;

namespace Interop.Benchmarks.FhirPath;

/// <summary>Runs <see cref="FhirPathBenchmarks"/> and sets its evaluations/s beside fhirpath.js's from <c>js-results.json</c>.</summary>
internal static class FhirPathComparison
{
    public static void Run()
    {
        var summary = BenchmarkRunner.Run<FhirPathBenchmarks>();
        var js = BenchCases.LoadJsResults();
        Console.WriteLine();
        Console.WriteLine("FHIRPath evaluations/s (one expression over one input; same cases, same machine, same run):");
        foreach (var report in summary.Reports)
        {
            var set = BenchCases.SetOf(report.BenchmarkCase.Descriptor.WorkloadMethod.Name);
            var ours = EvaluationsColumn.EvaluationsPerSecond(report);
            var theirs = js?.GetValueOrDefault(set);
            var ratio = ours is { } o && theirs is { EvaluationsPerSecond: > 0 } t ? $"{o / t.EvaluationsPerSecond:F1}x" : "-";
            Console.WriteLine(
                $"  {set,-8} {theirs?.Cases.ToString(CultureInfo.InvariantCulture) ?? "?",5} cases  Interop {Format(ours),12}/s  fhirpath.js 5.1.1 {Format(theirs?.EvaluationsPerSecond),12}/s  ratio {ratio}");
        }
    }

    private static string Format(double? value) => value?.ToString("N0", CultureInfo.InvariantCulture) ?? "-";
}
