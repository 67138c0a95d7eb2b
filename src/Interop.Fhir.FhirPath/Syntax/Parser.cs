namespace Interop.Fhir.FhirPath.Syntax;

/// <summary>
/// Recursive descent over the grammar's terms with precedence climbing for the operators. Two depths are bounded:
/// the tree's (so the compiler's walk is safe) and the parser's own recursion through parentheses, arguments,
/// indexers and signs (so <c>((((…))))</c>, which adds no nodes, is safe too).
/// </summary>
internal sealed partial class Parser
{
    private readonly string _text;
    private readonly Lexer _lexer;
    private readonly int _maxDepth;
    private Token _token;
    private int _nesting;

    public Parser(string text, int maxDepth)
    {
        _text = text;
        _lexer = new Lexer(text);
        _maxDepth = maxDepth;
        _token = _lexer.Next();
    }

    /// <summary>The whole text as one expression.</summary>
    public SyntaxNode ParseEntire()
    {
        if (_token.Kind == TokenKind.End)
        {
            throw new FhirPathException(FhirPathErrorCodes.EmptyExpression, "The expression is empty.", 0);
        }

        var expression = ParseExpression(Infix.Lowest);
        return _token.Kind == TokenKind.End ? expression.Node : throw Unexpected("an operator or the end");
    }

    /// <summary>Operators binding at least as tightly as <paramref name="minPrecedence"/>, left to right.</summary>
    private Parsed ParseExpression(int minPrecedence)
    {
        var left = ParseUnary();
        while (true)
        {
            var infix = Infix.Of(_token, TokenText(_token));
            if (infix.Precedence < minPrecedence)
            {
                return left;
            }

            var position = _token.Position;
            Advance();
            if (infix.IsTypeOperation)
            {
                var type = ParseTypeSpecifier();
                left = Node(new TypeOperationNode(infix.IsAs, left.Node, type, position), left.Depth + 1);

                // The type name ends the operand, so a dot or bracket after it applies to the whole
                // type expression, as in the grammar: x is Integer.not() is (x is Integer).not().
                left = ParsePostfix(left);
            }
            else
            {
                var right = ParseExpression(infix.Precedence + 1);
                left = Node(new BinaryNode(infix.Operator, left.Node, right.Node, position), Math.Max(left.Depth, right.Depth) + 1);
            }
        }
    }

    /// <summary>A polarity sign binds looser than <c>.</c> and <c>[]</c> but tighter than every infix operator.</summary>
    private Parsed ParseUnary()
    {
        if (_token.Kind is not (TokenKind.Plus or TokenKind.Minus))
        {
            return ParsePostfix(ParseTerm());
        }

        var sign = _token;
        Advance();
        Enter(sign.Position);
        var operand = ParseUnary();
        _nesting--;
        return Node(new UnaryNode(sign.Kind == TokenKind.Minus, operand.Node, sign.Position), operand.Depth + 1);
    }

    /// <summary><c>.invocation</c> and <c>[index]</c> after an operand.</summary>
    private Parsed ParsePostfix(Parsed operand)
    {
        while (true)
        {
            switch (_token.Kind)
            {
                case TokenKind.Dot:
                    Advance();
                    operand = _token.Kind is TokenKind.Identifier or TokenKind.DelimitedIdentifier
                        ? ParseInvocation(operand)
                        : throw Unexpected("a name or function after '.'");
                    break;
                case TokenKind.OpenBracket:
                    var position = _token.Position;
                    Advance();
                    var index = ParseNested();
                    Expect(TokenKind.CloseBracket, "']'");
                    operand = Node(new IndexerNode(operand.Node, index.Node, position), Math.Max(operand.Depth, index.Depth) + 1);
                    break;
                default:
                    return operand;
            }
        }
    }

    /// <summary>A whole expression inside brackets of some kind, counted against the nesting limit.</summary>
    private Parsed ParseNested()
    {
        Enter(_token.Position);
        var expression = ParseExpression(Infix.Lowest);
        _nesting--;
        return expression;
    }

    private void Enter(int position)
    {
        if (++_nesting > _maxDepth)
        {
            throw TooDeep(position);
        }
    }

    private Parsed Node(SyntaxNode node, int depth) => depth <= _maxDepth ? new Parsed(node, depth) : throw TooDeep(node.Position);

    private FhirPathException TooDeep(int position) => new(
        FhirPathErrorCodes.TooDeep, $"The expression nests deeper than {_maxDepth} levels.", position);

    private void Advance() => _token = _lexer.Next();

    private void Expect(TokenKind kind, string expected)
    {
        if (_token.Kind != kind)
        {
            throw Unexpected(expected);
        }

        Advance();
    }

    private ReadOnlySpan<char> TokenText(Token token) => _text.AsSpan(token.Position, token.Length);

    /// <summary>The error for the current token when <paramref name="expected"/> was needed: FP107 at the end, else FP101.</summary>
    private FhirPathException Unexpected(string expected) => _token.Kind == TokenKind.End
        ? new(FhirPathErrorCodes.UnexpectedEnd, $"The expression ends where {expected} is needed.", _token.Position)
        : new(FhirPathErrorCodes.UnexpectedToken, $"'{TokenText(_token)}' where {expected} is needed.", _token.Position);
}
