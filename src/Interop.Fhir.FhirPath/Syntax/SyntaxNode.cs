namespace Interop.Fhir.FhirPath.Syntax;

/// <summary>A node of a parsed FHIRPath expression; <see cref="Position"/> is its zero-based offset in the text.</summary>
public abstract record SyntaxNode(int Position);
