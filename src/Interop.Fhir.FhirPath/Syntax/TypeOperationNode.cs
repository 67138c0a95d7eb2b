namespace Interop.Fhir.FhirPath.Syntax;

/// <summary><c>operand is Type</c> (<see cref="IsAs"/> false) or <c>operand as Type</c> (true).</summary>
public sealed record TypeOperationNode(bool IsAs, SyntaxNode Operand, TypeSpecifier Type, int Position) : SyntaxNode(Position);
