namespace Interop.Fhir.FhirPath.Syntax;

/// <summary>
/// An identifier: an element of the focus (<c>name</c>), or a type name at the start of a path (<c>Patient</c>).
/// <see cref="Focus"/> is null when the identifier starts a path (its focus is <c>$this</c>).
/// </summary>
public sealed record MemberNode(SyntaxNode? Focus, string Name, int Position) : SyntaxNode(Position);
