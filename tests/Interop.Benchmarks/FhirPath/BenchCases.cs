using System.Text.Json;

namespace Interop.Benchmarks.FhirPath;

/// <summary>
/// The bench folder shared with bench.js: <c>cases.json</c> and the inputs as JSON (written by <see cref="BenchExport"/>),
/// <c>js-errors.json</c> (cases fhirpath.js cannot evaluate, left out on both sides) and <c>js-results.json</c>.
/// </summary>
internal static class BenchCases
{
    public const string SuiteSet = "suite";
    public const string RoutingSet = "routing";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The folder scripts/bench-fhirpath.sh uses (under the git-ignored .cache).</summary>
    public static string Folder { get; } = Path.Combine(Corpus.Root, ".cache", "fhirpath-bench");

    /// <summary>The cases both engines evaluate: every exported case fhirpath.js could evaluate.</summary>
    public static IReadOnlyList<BenchCase> Load()
    {
        var path = Path.Combine(Folder, "cases.json");
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{path} is missing: run scripts/bench-fhirpath.sh (or `dotnet run -c Release -- fhirpath-export`) first.");
        }

        var cases = JsonSerializer.Deserialize<BenchCase[]>(File.ReadAllBytes(path), Json)!;
        var errorsPath = Path.Combine(Folder, "js-errors.json");
        var jsErrors = File.Exists(errorsPath)
            ? JsonSerializer.Deserialize<JsError[]>(File.ReadAllBytes(errorsPath), Json)!.Select(e => (e.Set, e.Id)).ToHashSet()
            : [];
        return [.. cases.Where(c => !jsErrors.Contains((c.Set, c.Id)))];
    }

    /// <summary>The set a method of <see cref="FhirPathBenchmarks"/> evaluates.</summary>
    public static string SetOf(string benchmarkMethod) =>
        benchmarkMethod == nameof(FhirPathBenchmarks.SuiteExpressions) ? SuiteSet : RoutingSet;

    /// <summary>Writes <c>cases.json</c>.</summary>
    public static void Write(IReadOnlyList<BenchCase> cases) =>
        File.WriteAllBytes(Path.Combine(Folder, "cases.json"), JsonSerializer.SerializeToUtf8Bytes(cases, Json));

    /// <summary>What bench.js measured, by set, or null when it has not run.</summary>
    public static IReadOnlyDictionary<string, JsResult>? LoadJsResults()
    {
        var path = Path.Combine(Folder, "js-results.json");
        return File.Exists(path) ? JsonSerializer.Deserialize<JsResult[]>(File.ReadAllBytes(path), Json)!.ToDictionary(r => r.Set) : null;
    }
}
