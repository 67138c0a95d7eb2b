namespace Interop.Fhir.FhirPath.Syntax;

/// <summary><c>focus[index]</c>.</summary>
public sealed record IndexerNode(SyntaxNode Focus, SyntaxNode Index, int Position) : SyntaxNode(Position);
