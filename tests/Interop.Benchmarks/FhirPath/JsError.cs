namespace Interop.Benchmarks.FhirPath;

/// <summary>A case fhirpath.js threw on, as bench.js writes it to <c>js-errors.json</c>.</summary>
internal sealed record JsError(string Set, string Id, string Message);
