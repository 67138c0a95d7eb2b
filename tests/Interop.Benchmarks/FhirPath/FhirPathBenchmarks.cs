using BenchmarkDotNet.Attributes;
using Interop.Cli.Conformance;
using Interop.Cli.Conformance.FhirPath;
using Interop.Fhir.FhirPath;
using Interop.Fhir.Serialization.Xml;

namespace Interop.Benchmarks.FhirPath;

/// <summary>
/// Each operation evaluates every case of a set once, each expression compiled beforehand: the cases of the bench folder,
/// the same ones bench.js evaluates with fhirpath.js.
/// </summary>
[Config(typeof(FhirPathBenchmarkConfig))]
public class FhirPathBenchmarks
{
    private Evaluation[] _suite = [];
    private Evaluation[] _routing = [];

    [GlobalSetup]
    public void Setup()
    {
        var cases = BenchCases.Load();
        var shared = ConformancePaths.ForRepository(Corpus.Root).Shared;

        // Suite cases compile with their test's options (strict mode, context type) over the input the runner parsed.
        var runner = FhirPathConformance.CreateR4Runner(shared);
        var tests = FhirPathTestSuite.Load(FhirPathTestSuite.R4File(shared)).ToDictionary(t => t.Id, StringComparer.Ordinal);
        _suite =
        [
            .. cases.Where(c => c.Set == BenchCases.SuiteSet).Select(c =>
            {
                var test = tests[c.Id];
                var focus = runner.Input(test);
                return new Evaluation(runner.Compile(test, focus), focus);
            }),
        ];

        var compiler = new FhirPathCompiler(Interop.Fhir.Stu3.FhirModel.Instance);
        var parser = new FhirXmlParser(Interop.Fhir.Stu3.FhirModel.Instance);
        var routing = cases.Where(c => c.Set == BenchCases.RoutingSet).ToList();
        var examples = routing.Select(c => c.Source!).Distinct().ToDictionary(s => s, s => parser.Parse(File.ReadAllBytes(s)).Resource!);
        _routing = [.. routing.Select(c => new Evaluation(compiler.Compile(c.Expression), examples[c.Source!]))];
    }

    [Benchmark]
    public int SuiteExpressions() => EvaluateAll(_suite);

    [Benchmark]
    public int RoutingExpressions() => EvaluateAll(_routing);

    private static int EvaluateAll(Evaluation[] evaluations)
    {
        var items = 0;
        foreach (var evaluation in evaluations)
        {
            items += evaluation.Expression.Evaluate(evaluation.Focus).Count;
        }

        return items;
    }
}
