using Interop.Cli.Conformance;
using Interop.Cli.Conformance.FhirPath;
using Interop.Fhir.Serialization.Json;
using Interop.Fhir.Serialization.Xml;

namespace Interop.Benchmarks.FhirPath;

/// <summary>
/// Writes the bench folder: the passing expressions of HL7's R4 suite over their inputs, and the routing expressions over
/// every Update Record example, each input as JSON written by our serializer so that fhirpath.js reads the same content.
/// </summary>
internal static class BenchExport
{
    public static void Run()
    {
        if (Directory.Exists(BenchCases.Folder))
        {
            // Results of an earlier export describe other cases.
            Directory.Delete(BenchCases.Folder, recursive: true);
        }

        var shared = ConformancePaths.ForRepository(Corpus.Root).Shared;
        var cases = new List<BenchCase>();
        cases.AddRange(SuiteCases(shared));
        cases.AddRange(RoutingCases(shared));
        BenchCases.Write(cases);
        Console.WriteLine(
            $"{cases.Count(c => c.Set == BenchCases.SuiteSet)} suite and {cases.Count(c => c.Set == BenchCases.RoutingSet)} routing cases written to {BenchCases.Folder}");
    }

    /// <summary>The Update Record examples, in name order.</summary>
    public static string[] RoutingExamples(string shared) =>
        [.. Directory.GetFiles(Path.Combine(shared, "nhs", "gpconnect-update-record-stu3", "examples"), "*.xml").Order(StringComparer.Ordinal)];

    private static IEnumerable<BenchCase> SuiteCases(string shared)
    {
        var runner = FhirPathConformance.CreateR4Runner(shared);
        var serializer = new FhirJsonSerializer();
        foreach (var test in FhirPathTestSuite.Load(FhirPathTestSuite.R4File(shared)))
        {
            // A test expecting an error passes by throwing, which is not an evaluation to measure.
            if (test.Invalid is not null || runner.Run(test).Status != TestStatus.Passed)
            {
                continue;
            }

            var input = test.InputFile is null ? null : $"inputs/r4/{Path.ChangeExtension(test.InputFile, ".json")}";
            if (input is not null && !File.Exists(Path.Combine(BenchCases.Folder, input)))
            {
                WriteInput(input, serializer.SerializeToUtf8Bytes(runner.Input(test)!));
            }

            yield return new BenchCase(BenchCases.SuiteSet, test.Id, test.Expression, "r4", input, Source: null);
        }
    }

    private static IEnumerable<BenchCase> RoutingCases(string shared)
    {
        var parser = new FhirXmlParser(Interop.Fhir.Stu3.FhirModel.Instance);
        var serializer = new FhirJsonSerializer();
        foreach (var source in RoutingExamples(shared))
        {
            var name = Path.GetFileNameWithoutExtension(source);
            var input = $"inputs/stu3/{name}.json";
            WriteInput(input, serializer.SerializeToUtf8Bytes(parser.Parse(File.ReadAllBytes(source)).Resource!));
            for (var i = 0; i < RoutingExpressions.All.Count; i++)
            {
                yield return new BenchCase(BenchCases.RoutingSet, $"{i + 1}:{name}", RoutingExpressions.All[i], "stu3", input, source);
            }
        }
    }

    private static void WriteInput(string relativePath, byte[] json)
    {
        var path = Path.Combine(BenchCases.Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, json);
    }
}
