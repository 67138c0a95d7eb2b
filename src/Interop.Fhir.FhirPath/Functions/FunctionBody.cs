using Interop.Fhir.FhirPath.Evaluation;

namespace Interop.Fhir.FhirPath.Functions;

/// <summary>
/// A function's implementation: <paramref name="focus"/> is its input collection, <paramref name="arguments"/> its
/// arguments already evaluated (against the <c>$this</c> the call appears in).
/// </summary>
internal delegate IReadOnlyList<object> FunctionBody(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments);
