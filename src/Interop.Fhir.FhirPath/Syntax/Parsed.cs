namespace Interop.Fhir.FhirPath.Syntax;

/// <summary>A parsed node with the depth of its tree, which the parser bounds so that walking the tree cannot overflow the stack.</summary>
internal readonly record struct Parsed(SyntaxNode Node, int Depth);
