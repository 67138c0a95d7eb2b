namespace Interop.Fhir.FhirPath.Evaluation;

/// <summary>A compiled sub-expression and what is statically known of its result.</summary>
internal readonly record struct Compiled(Evaluator Evaluate, StaticType Type);
