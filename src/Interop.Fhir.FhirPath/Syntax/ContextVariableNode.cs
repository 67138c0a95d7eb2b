namespace Interop.Fhir.FhirPath.Syntax;

/// <summary><c>$this</c>, <c>$index</c> or <c>$total</c>.</summary>
public sealed record ContextVariableNode(ContextVariable Variable, int Position) : SyntaxNode(Position);
