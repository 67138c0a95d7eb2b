namespace Interop.Benchmarks.FhirPath;

/// <summary>One expression over one input, as both engines evaluate it; written to <c>cases.json</c> for bench.js.</summary>
/// <param name="Set">Which set the case belongs to: <see cref="BenchCases.SuiteSet"/> or <see cref="BenchCases.RoutingSet"/>.</param>
/// <param name="Id">Unique within its set: the suite test's id, or the routing expression's number and the example's name.</param>
/// <param name="Expression">The FHIRPath expression.</param>
/// <param name="Model">The FHIR version whose model both engines use: <c>r4</c> or <c>stu3</c>.</param>
/// <param name="Input">The input as JSON written by our serializer, relative to the bench folder; null for no input.</param>
/// <param name="Source">For a routing case, the example's original XML file, which this side parses.</param>
internal sealed record BenchCase(string Set, string Id, string Expression, string Model, string? Input, string? Source);
