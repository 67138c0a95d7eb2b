namespace Interop.Fhir.FhirPath.Evaluation;

/// <summary>
/// A compiled node: evaluates against <paramref name="context"/>, the collection a path at this point starts from
/// (<c>$this</c>, or the input at the top level). Results are never mutated once returned.
/// </summary>
internal delegate IReadOnlyList<object> Evaluator(EvaluationScope scope, IReadOnlyList<object> context);
