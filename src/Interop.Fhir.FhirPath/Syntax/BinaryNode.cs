namespace Interop.Fhir.FhirPath.Syntax;

/// <summary><c>left op right</c>; <see cref="SyntaxNode.Position"/> is the operator's.</summary>
public sealed record BinaryNode(BinaryOperator Operator, SyntaxNode Left, SyntaxNode Right, int Position) : SyntaxNode(Position);
