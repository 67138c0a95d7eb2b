namespace Interop.Fhir.FhirPath.Syntax;

/// <summary>Terms: names and calls, literals, variables and parenthesised expressions.</summary>
internal sealed partial class Parser
{
    private Parsed ParseTerm()
    {
        var token = _token;
        switch (token.Kind)
        {
            case TokenKind.Identifier:
                var word = TokenText(token);
                if (word is "true" or "false")
                {
                    return Literal(LiteralKind.Boolean, word.ToString());
                }

                return Keywords.IsOperatorOnly(word) ? throw Unexpected("a term") : ParseInvocation(null);
            case TokenKind.DelimitedIdentifier:
                return ParseInvocation(null);
            case TokenKind.String:
                return Literal(LiteralKind.String, token.Value!);
            case TokenKind.Integer or TokenKind.Decimal or TokenKind.Long:
                return ParseNumber();
            case TokenKind.Date or TokenKind.DateTime or TokenKind.Time:
                var kind = token.Kind switch
                {
                    TokenKind.Date => LiteralKind.Date,
                    TokenKind.DateTime => LiteralKind.DateTime,
                    _ => LiteralKind.Time,
                };
                return Literal(kind, _text.Substring(token.Position + 1, token.Length - 1));
            case TokenKind.OpenBrace:
                Advance();
                Expect(TokenKind.CloseBrace, "'}'");
                return new Parsed(new LiteralNode(LiteralKind.Empty, "{}", null, token.Position), 1);
            case TokenKind.OpenParen:
                Advance();
                var inner = ParseNested();
                Expect(TokenKind.CloseParen, "')'");
                return inner;
            case TokenKind.Percent:
                return ParseEnvironmentVariable();
            case TokenKind.This or TokenKind.Index or TokenKind.Total:
                Advance();
                var variable = token.Kind switch
                {
                    TokenKind.This => ContextVariable.This,
                    TokenKind.Index => ContextVariable.Index,
                    _ => ContextVariable.Total,
                };
                return new Parsed(new ContextVariableNode(variable, token.Position), 1);
            default:
                throw Unexpected("a term");
        }
    }

    /// <summary>The current token, a literal of the given kind, as a leaf.</summary>
    private Parsed Literal(LiteralKind kind, string text)
    {
        var position = _token.Position;
        Advance();
        return new Parsed(new LiteralNode(kind, text, null, position), 1);
    }

    /// <summary>A member (<c>name</c>) or function call (<c>where(...)</c>) named by the current token.</summary>
    private Parsed ParseInvocation(Parsed? focus)
    {
        var nameToken = _token;
        var name = nameToken.Value ?? TokenText(nameToken).ToString();
        Advance();
        if (_token.Kind != TokenKind.OpenParen)
        {
            return Node(new MemberNode(focus?.Node, name, nameToken.Position), (focus?.Depth ?? 0) + 1);
        }

        Advance();
        var depth = focus?.Depth ?? 0;
        IReadOnlyList<SyntaxNode> arguments = [];
        if (_token.Kind != TokenKind.CloseParen)
        {
            var list = new List<SyntaxNode>(2);
            while (true)
            {
                var argument = ParseNested();
                list.Add(argument.Node);
                depth = Math.Max(depth, argument.Depth);
                if (_token.Kind != TokenKind.Comma)
                {
                    break;
                }

                Advance();
            }

            arguments = list;
        }

        Expect(TokenKind.CloseParen, "',' or ')'");
        return Node(new FunctionNode(focus?.Node, name, arguments, nameToken.Position), depth + 1);
    }

    /// <summary>A number, and its unit when one follows: a quoted UCUM unit or a calendar keyword.</summary>
    private Parsed ParseNumber()
    {
        var number = _token;
        Advance();
        string? unit = null;
        if (_token.Kind == TokenKind.String)
        {
            unit = _token.Value;
        }
        else if (_token.Kind == TokenKind.Identifier && Infix.Of(_token, TokenText(_token)).Precedence == 0)
        {
            unit = Keywords.IsCalendarUnit(TokenText(_token))
                ? TokenText(_token).ToString()
                : throw new FhirPathException(
                    FhirPathErrorCodes.InvalidQuantityLiteral, "A unit must be a quoted UCUM unit or a calendar keyword.", _token.Position);
        }

        if (number.Kind == TokenKind.Long)
        {
            return unit is null
                ? new Parsed(new LiteralNode(LiteralKind.Long, _text.Substring(number.Position, number.Length - 1), null, number.Position), 1)
                : throw new FhirPathException(FhirPathErrorCodes.InvalidQuantityLiteral, "A Long cannot have a unit.", _token.Position);
        }

        var text = _text.Substring(number.Position, number.Length);
        if (unit is null)
        {
            return new Parsed(new LiteralNode(number.Kind == TokenKind.Integer ? LiteralKind.Integer : LiteralKind.Decimal, text, null, number.Position), 1);
        }

        Advance();
        return new Parsed(new LiteralNode(LiteralKind.Quantity, text, unit, number.Position), 1);
    }

    /// <summary><c>%name</c>, <c>%`name`</c> or <c>%'name'</c>; the node's name is unquoted.</summary>
    private Parsed ParseEnvironmentVariable()
    {
        var position = _token.Position;
        Advance();
        var name = _token.Kind switch
        {
            TokenKind.Identifier => TokenText(_token).ToString(),
            TokenKind.DelimitedIdentifier or TokenKind.String => _token.Value!,
            _ => throw Unexpected("a variable name after '%'"),
        };
        Advance();
        return new Parsed(new EnvironmentVariableNode(name, position), 1);
    }

    /// <summary>
    /// The type after <c>is</c>/<c>as</c>: names joined by dots, the last being the type. A dot followed by a call
    /// ends the type instead (<c>x is Integer.not()</c>), as the grammar's look-ahead decides.
    /// </summary>
    private TypeSpecifier ParseTypeSpecifier()
    {
        var first = TypeNamePart();
        string? qualifier = null;
        var name = first;
        while (_token.Kind == TokenKind.Dot && NextIsTypeNamePart())
        {
            Advance();
            qualifier = qualifier is null ? name : $"{qualifier}.{name}";
            name = TypeNamePart();
        }

        return new TypeSpecifier(qualifier, name);
    }

    private string TypeNamePart()
    {
        var token = _token;
        var name = token.Kind switch
        {
            TokenKind.DelimitedIdentifier => token.Value!,
            TokenKind.Identifier when !Keywords.IsOperatorOnly(TokenText(token)) => TokenText(token).ToString(),
            _ => throw Unexpected("a type name"),
        };
        Advance();
        return name;
    }

    /// <summary>Whether the tokens after the current dot are a name not followed by '('.</summary>
    private bool NextIsTypeNamePart()
    {
        var mark = _lexer.Position;
        var name = _lexer.Next();
        var after = _lexer.Next();
        _lexer.Position = mark;
        return name.Kind is TokenKind.Identifier or TokenKind.DelimitedIdentifier && after.Kind != TokenKind.OpenParen;
    }
}
