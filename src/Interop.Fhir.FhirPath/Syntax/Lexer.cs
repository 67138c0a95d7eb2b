namespace Interop.Fhir.FhirPath.Syntax;

/// <summary>Splits an expression into tokens on demand, skipping white space and comments.</summary>
internal sealed partial class Lexer(string text)
{
    private readonly string _text = text;

    /// <summary>Where the next token is looked for; the parser sets it back after looking ahead.</summary>
    public int Position { get; set; }

    /// <summary>The next token, or <see cref="TokenKind.End"/> at the end of the text.</summary>
    public Token Next()
    {
        SkipTrivia();
        var start = Position;
        if (start >= _text.Length)
        {
            return new Token(TokenKind.End, _text.Length, 0);
        }

        var c = _text[start];
        if (IsIdentifierStart(c))
        {
            Position = SkipIdentifierPart(start + 1);
            return new Token(TokenKind.Identifier, start, Position - start);
        }

        if (char.IsAsciiDigit(c))
        {
            return Number(start);
        }

        return c switch
        {
            '\'' => Quoted(TokenKind.String, start),
            '`' => Quoted(TokenKind.DelimitedIdentifier, start),
            '@' => DateOrTime(start),
            '$' => ContextVariable(start),
            '%' => Symbol(TokenKind.Percent, start, 1),
            '.' => Symbol(TokenKind.Dot, start, 1),
            ',' => Symbol(TokenKind.Comma, start, 1),
            '(' => Symbol(TokenKind.OpenParen, start, 1),
            ')' => Symbol(TokenKind.CloseParen, start, 1),
            '[' => Symbol(TokenKind.OpenBracket, start, 1),
            ']' => Symbol(TokenKind.CloseBracket, start, 1),
            '{' => Symbol(TokenKind.OpenBrace, start, 1),
            '}' => Symbol(TokenKind.CloseBrace, start, 1),
            '+' => Symbol(TokenKind.Plus, start, 1),
            '-' => Symbol(TokenKind.Minus, start, 1),
            '*' => Symbol(TokenKind.Star, start, 1),
            '/' => Symbol(TokenKind.Slash, start, 1),
            '&' => Symbol(TokenKind.Ampersand, start, 1),
            '|' => Symbol(TokenKind.Pipe, start, 1),
            '=' => Symbol(TokenKind.Equal, start, 1),
            '~' => Symbol(TokenKind.Tilde, start, 1),
            '<' when At(start + 1) == '=' => Symbol(TokenKind.LessOrEqual, start, 2),
            '<' => Symbol(TokenKind.Less, start, 1),
            '>' when At(start + 1) == '=' => Symbol(TokenKind.GreaterOrEqual, start, 2),
            '>' => Symbol(TokenKind.Greater, start, 1),
            '!' when At(start + 1) == '=' => Symbol(TokenKind.NotEqual, start, 2),
            '!' when At(start + 1) == '~' => Symbol(TokenKind.NotEquivalent, start, 2),
            _ => throw new FhirPathException(FhirPathErrorCodes.UnexpectedCharacter, $"'{c}' cannot start a token.", start),
        };
    }

    /// <summary>Whether a character can start an identifier: the grammar's identifiers are ASCII.</summary>
    public static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsIdentifierPart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    /// <summary>The character at an offset, or NUL past the end, so look-ahead needs no bounds checks.</summary>
    private char At(int index) => index < _text.Length ? _text[index] : '\0';

    private int SkipIdentifierPart(int index)
    {
        while (index < _text.Length && IsIdentifierPart(_text[index]))
        {
            index++;
        }

        return index;
    }

    private int SkipDigits(int index)
    {
        while (index < _text.Length && char.IsAsciiDigit(_text[index]))
        {
            index++;
        }

        return index;
    }

    private Token Symbol(TokenKind kind, int start, int length)
    {
        Position = start + length;
        return new Token(kind, start, length);
    }

    private Token ContextVariable(int start)
    {
        var end = SkipIdentifierPart(start + 1);
        var kind = _text.AsSpan(start + 1, end - start - 1) switch
        {
            "this" => TokenKind.This,
            "index" => TokenKind.Index,
            "total" => TokenKind.Total,
            _ => throw new FhirPathException(
                FhirPathErrorCodes.UnexpectedCharacter, "'$' starts only $this, $index or $total.", start),
        };
        Position = end;
        return new Token(kind, start, end - start);
    }

    private void SkipTrivia()
    {
        while (Position < _text.Length)
        {
            switch (_text[Position])
            {
                case ' ' or '\t' or '\r' or '\n':
                    Position++;
                    break;
                case '/' when At(Position + 1) == '/':
                    var lineEnd = _text.AsSpan(Position).IndexOfAny('\r', '\n');
                    Position = lineEnd < 0 ? _text.Length : Position + lineEnd;
                    break;
                case '/' when At(Position + 1) == '*':
                    var close = _text.IndexOf("*/", Position + 2, StringComparison.Ordinal);
                    Position = close >= 0
                        ? close + 2
                        : throw new FhirPathException(FhirPathErrorCodes.UnterminatedComment, "The comment has no closing */.", Position);
                    break;
                default:
                    return;
            }
        }
    }
}
