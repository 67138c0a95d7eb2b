namespace Interop.Benchmarks.FhirPath;

/// <summary>fhirpath.js's throughput on one set, as bench.js writes it to <c>js-results.json</c>.</summary>
internal sealed record JsResult(string Set, int Cases, double EvaluationsPerSecond);
