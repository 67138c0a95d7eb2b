using System.Globalization;
using System.Text;

namespace Interop.Fhir.FhirPath.Syntax;

/// <summary>Strings, delimited identifiers and numbers.</summary>
internal sealed partial class Lexer
{
    /// <summary>A <c>'string'</c> or <c>`identifier`</c>; both take the same escapes, and the token's value is unescaped.</summary>
    private Token Quoted(TokenKind kind, int start)
    {
        var quote = _text[start];
        StringBuilder? unescaped = null;
        var run = start + 1;
        var index = run;
        while (true)
        {
            if (index >= _text.Length)
            {
                throw new FhirPathException(FhirPathErrorCodes.UnterminatedLiteral, $"No closing {quote} for the one opened here.", start);
            }

            var c = _text[index];
            if (c == quote)
            {
                break;
            }

            if (c == '\\')
            {
                unescaped ??= new StringBuilder(index - start + 16);
                unescaped.Append(_text, run, index - run);
                index = AppendEscape(unescaped, index, start);
                run = index;
            }
            else
            {
                index++;
            }
        }

        var value = unescaped is null
            ? _text.Substring(start + 1, index - start - 1)
            : unescaped.Append(_text, run, index - run).ToString();
        Position = index + 1;
        return new Token(kind, start, Position - start, value);
    }

    /// <summary>Appends what the escape at <paramref name="backslash"/> stands for; returns the offset after it.</summary>
    private int AppendEscape(StringBuilder builder, int backslash, int literalStart)
    {
        if (backslash + 1 >= _text.Length)
        {
            throw new FhirPathException(FhirPathErrorCodes.UnterminatedLiteral, "The literal ends inside an escape.", literalStart);
        }

        var escaped = _text[backslash + 1] switch
        {
            '\'' => '\'',
            '"' => '"',
            '`' => '`',
            '\\' => '\\',
            '/' => '/',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'u' => UnicodeEscape(backslash),
            var other => throw new FhirPathException(FhirPathErrorCodes.InvalidEscape, $"\\{other} is not an escape.", backslash),
        };
        builder.Append(escaped);
        return backslash + (_text[backslash + 1] == 'u' ? 6 : 2);
    }

    private char UnicodeEscape(int backslash)
    {
        for (var index = backslash + 2; index < backslash + 6; index++)
        {
            if (!char.IsAsciiHexDigit(At(index)))
            {
                throw new FhirPathException(FhirPathErrorCodes.InvalidEscape, "\\u needs four hexadecimal digits.", backslash);
            }
        }

        return (char)ushort.Parse(_text.AsSpan(backslash + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// <c>123</c>, <c>1.5</c> or <c>123L</c>. The fraction needs a digit after the point, so <c>1.toString()</c> is
    /// a call on 1. A word stuck to a number is an error unless it is a calendar unit (<c>4days</c> is a quantity).
    /// </summary>
    private Token Number(int start)
    {
        var end = SkipDigits(start);
        var kind = TokenKind.Integer;
        if (At(end) == '.' && char.IsAsciiDigit(At(end + 1)))
        {
            end = SkipDigits(end + 1);
            kind = TokenKind.Decimal;
        }
        else if (At(end) == 'L' && !IsIdentifierPart(At(end + 1)))
        {
            Position = end + 1;
            return new Token(TokenKind.Long, start, end + 1 - start);
        }

        if (IsIdentifierPart(At(end)) && !Keywords.IsCalendarUnit(_text.AsSpan(end, SkipIdentifierPart(end) - end)))
        {
            throw new FhirPathException(
                FhirPathErrorCodes.InvalidQuantityLiteral, "A number is followed by something that is not a unit.", end);
        }

        Position = end;
        return new Token(kind, start, end - start);
    }
}
