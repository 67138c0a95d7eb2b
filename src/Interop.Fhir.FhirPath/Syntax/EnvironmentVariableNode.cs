namespace Interop.Fhir.FhirPath.Syntax;

/// <summary><c>%name</c>; <see cref="Name"/> is unquoted (<c>%`vs-administrative-gender`</c> has the name <c>vs-administrative-gender</c>).</summary>
public sealed record EnvironmentVariableNode(string Name, int Position) : SyntaxNode(Position);
