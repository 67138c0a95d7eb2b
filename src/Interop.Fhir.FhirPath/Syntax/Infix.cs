namespace Interop.Fhir.FhirPath.Syntax;

/// <summary>
/// An infix operator: a binary operator or a type operator (<c>is</c>/<c>as</c>), with its precedence
/// (higher binds tighter; all are left-associative, as in the grammar). <see cref="Precedence"/> 0 means none.
/// </summary>
internal readonly record struct Infix(int Precedence, BinaryOperator Operator, bool IsTypeOperation = false, bool IsAs = false)
{
    /// <summary>The precedence of <c>implies</c>, the loosest operator.</summary>
    public const int Lowest = 1;

    /// <summary>The infix operator a token stands for, or one with precedence 0.</summary>
    public static Infix Of(Token token, ReadOnlySpan<char> text) => token.Kind switch
    {
        TokenKind.Star => new(10, BinaryOperator.Multiply),
        TokenKind.Slash => new(10, BinaryOperator.Divide),
        TokenKind.Plus => new(9, BinaryOperator.Add),
        TokenKind.Minus => new(9, BinaryOperator.Subtract),
        TokenKind.Ampersand => new(9, BinaryOperator.Concatenate),
        TokenKind.Pipe => new(7, BinaryOperator.Union),
        TokenKind.Less => new(6, BinaryOperator.LessThan),
        TokenKind.LessOrEqual => new(6, BinaryOperator.LessOrEqual),
        TokenKind.Greater => new(6, BinaryOperator.GreaterThan),
        TokenKind.GreaterOrEqual => new(6, BinaryOperator.GreaterOrEqual),
        TokenKind.Equal => new(5, BinaryOperator.Equal),
        TokenKind.Tilde => new(5, BinaryOperator.Equivalent),
        TokenKind.NotEqual => new(5, BinaryOperator.NotEqual),
        TokenKind.NotEquivalent => new(5, BinaryOperator.NotEquivalent),
        TokenKind.Identifier => OfWord(text),
        _ => default,
    };

    private static Infix OfWord(ReadOnlySpan<char> word) => word switch
    {
        "div" => new(10, BinaryOperator.Div),
        "mod" => new(10, BinaryOperator.Mod),
        "is" => new(8, default, IsTypeOperation: true),
        "as" => new(8, default, IsTypeOperation: true, IsAs: true),
        "in" => new(4, BinaryOperator.In),
        "contains" => new(4, BinaryOperator.Contains),
        "and" => new(3, BinaryOperator.And),
        "or" => new(2, BinaryOperator.Or),
        "xor" => new(2, BinaryOperator.Xor),
        "implies" => new(Lowest, BinaryOperator.Implies),
        _ => default,
    };
}
