namespace Interop.Fhir.FhirPath.Syntax;

/// <summary>A polarity operator: <c>-x</c> (<see cref="Negate"/> true) or <c>+x</c>.</summary>
public sealed record UnaryNode(bool Negate, SyntaxNode Operand, int Position) : SyntaxNode(Position);
