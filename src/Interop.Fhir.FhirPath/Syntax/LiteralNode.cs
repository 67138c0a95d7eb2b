namespace Interop.Fhir.FhirPath.Syntax;

/// <summary>
/// A literal. <see cref="Text"/> is the value's text without decoration: the unescaped string, the digits of a number
/// (without an <c>L</c> suffix), a date or time without its <c>@</c>, <c>true</c>/<c>false</c>, or a quantity's number.
/// <see cref="Unit"/> is a quantity's unit: the unquoted UCUM unit, or the calendar keyword as written (<c>days</c>).
/// </summary>
public sealed record LiteralNode(LiteralKind Kind, string Text, string? Unit, int Position) : SyntaxNode(Position);
