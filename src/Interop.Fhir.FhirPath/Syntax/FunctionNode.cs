namespace Interop.Fhir.FhirPath.Syntax;

/// <summary>A function call; <see cref="Focus"/> is null when it starts a path (<c>today()</c>, <c>where(...)</c> on <c>$this</c>).</summary>
public sealed record FunctionNode(SyntaxNode? Focus, string Name, IReadOnlyList<SyntaxNode> Arguments, int Position)
    : SyntaxNode(Position);
