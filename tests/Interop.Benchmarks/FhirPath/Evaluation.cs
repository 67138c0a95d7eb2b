using Interop.Fhir;
using Interop.Fhir.FhirPath;

namespace Interop.Benchmarks.FhirPath;

/// <summary>A compiled expression and the input it is evaluated over.</summary>
internal readonly record struct Evaluation(CompiledExpression Expression, Base? Focus);
