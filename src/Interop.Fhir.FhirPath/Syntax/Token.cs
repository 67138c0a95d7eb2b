namespace Interop.Fhir.FhirPath.Syntax;

/// <summary>
/// A token: its kind and where it lies in the text; <see cref="Value"/> is the unescaped content of a string or
/// delimited identifier, which differs from the text between the quotes.
/// </summary>
internal readonly record struct Token(TokenKind Kind, int Position, int Length, string? Value = null);
