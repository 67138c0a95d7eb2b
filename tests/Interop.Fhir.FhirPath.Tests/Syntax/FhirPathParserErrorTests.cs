using Interop.Fhir.FhirPath.Syntax;

namespace Interop.Fhir.FhirPath.Tests.Syntax;

public sealed class FhirPathParserErrorTests
{
    [Theory]
    [InlineData("a # b", FhirPathErrorCodes.UnexpectedCharacter, 2)]
    [InlineData("a ! b", FhirPathErrorCodes.UnexpectedCharacter, 2)]
    [InlineData("a : b", FhirPathErrorCodes.UnexpectedCharacter, 2)]
    [InlineData("\"a\"", FhirPathErrorCodes.UnexpectedCharacter, 0)]
    [InlineData("$foo", FhirPathErrorCodes.UnexpectedCharacter, 0)]
    [InlineData("naïve", FhirPathErrorCodes.UnexpectedCharacter, 2)]
    [InlineData("a\fb", FhirPathErrorCodes.UnexpectedCharacter, 1)]
    [InlineData("a b", FhirPathErrorCodes.UnexpectedToken, 2)]
    [InlineData("1 + 2)", FhirPathErrorCodes.UnexpectedToken, 5)]
    [InlineData("a..b", FhirPathErrorCodes.UnexpectedToken, 2)]
    [InlineData("a.$this", FhirPathErrorCodes.UnexpectedToken, 2)]
    [InlineData("a.'b'", FhirPathErrorCodes.UnexpectedToken, 2)]
    [InlineData("f(a,)", FhirPathErrorCodes.UnexpectedToken, 4)]
    [InlineData("f(a b)", FhirPathErrorCodes.UnexpectedToken, 4)]
    [InlineData("()", FhirPathErrorCodes.UnexpectedToken, 1)]
    [InlineData("* 2", FhirPathErrorCodes.UnexpectedToken, 0)]
    [InlineData("and b", FhirPathErrorCodes.UnexpectedToken, 0)]
    [InlineData("a and div", FhirPathErrorCodes.UnexpectedToken, 6)]
    [InlineData("x is 1", FhirPathErrorCodes.UnexpectedToken, 5)]
    [InlineData("x is and", FhirPathErrorCodes.UnexpectedToken, 5)]
    [InlineData("%1", FhirPathErrorCodes.UnexpectedToken, 1)]
    [InlineData("true()", FhirPathErrorCodes.UnexpectedToken, 4)]
    [InlineData("{1}", FhirPathErrorCodes.UnexpectedToken, 1)]
    [InlineData("'abc", FhirPathErrorCodes.UnterminatedLiteral, 0)]
    [InlineData("a = 'abc\\'", FhirPathErrorCodes.UnterminatedLiteral, 4)]
    [InlineData("'abc\\", FhirPathErrorCodes.UnterminatedLiteral, 0)]
    [InlineData("`abc", FhirPathErrorCodes.UnterminatedLiteral, 0)]
    [InlineData("%`vs-x", FhirPathErrorCodes.UnterminatedLiteral, 1)]
    [InlineData("2 + 2 /* not finished", FhirPathErrorCodes.UnterminatedComment, 6)]
    [InlineData("'\\x'", FhirPathErrorCodes.InvalidEscape, 1)]
    [InlineData("`a\\qb`", FhirPathErrorCodes.InvalidEscape, 2)]
    [InlineData("'\\u12'", FhirPathErrorCodes.InvalidEscape, 1)]
    [InlineData("'\\u12G4'", FhirPathErrorCodes.InvalidEscape, 1)]
    [InlineData("@", FhirPathErrorCodes.InvalidDateTimeLiteral, 0)]
    [InlineData("@x", FhirPathErrorCodes.InvalidDateTimeLiteral, 0)]
    [InlineData("@201", FhirPathErrorCodes.InvalidDateTimeLiteral, 0)]
    [InlineData("a = @20155", FhirPathErrorCodes.InvalidDateTimeLiteral, 4)]
    [InlineData("@2015-02-045", FhirPathErrorCodes.InvalidDateTimeLiteral, 0)]
    [InlineData("@2015-02-04X", FhirPathErrorCodes.InvalidDateTimeLiteral, 0)]
    [InlineData("@2015-02-04Z", FhirPathErrorCodes.InvalidDateTimeLiteral, 0)]
    [InlineData("@2015-02-04TZ", FhirPathErrorCodes.InvalidDateTimeLiteral, 0)]
    [InlineData("@2015-02-04T1", FhirPathErrorCodes.InvalidDateTimeLiteral, 0)]
    [InlineData("@2015-02-04T14:3", FhirPathErrorCodes.InvalidDateTimeLiteral, 0)]
    [InlineData("@T", FhirPathErrorCodes.InvalidDateTimeLiteral, 0)]
    [InlineData("@T1", FhirPathErrorCodes.InvalidDateTimeLiteral, 0)]
    [InlineData("@T14:34:2", FhirPathErrorCodes.InvalidDateTimeLiteral, 0)]
    [InlineData("5 kg", FhirPathErrorCodes.InvalidQuantityLiteral, 2)]
    [InlineData("5 Days", FhirPathErrorCodes.InvalidQuantityLiteral, 2)]
    [InlineData("5mg", FhirPathErrorCodes.InvalidQuantityLiteral, 1)]
    [InlineData("1.5L", FhirPathErrorCodes.InvalidQuantityLiteral, 3)]
    [InlineData("5L 'mg'", FhirPathErrorCodes.InvalidQuantityLiteral, 3)]
    [InlineData("5L days", FhirPathErrorCodes.InvalidQuantityLiteral, 3)]
    [InlineData("2 + 2 /", FhirPathErrorCodes.UnexpectedEnd, 7)]
    [InlineData("a.", FhirPathErrorCodes.UnexpectedEnd, 2)]
    [InlineData("f(a", FhirPathErrorCodes.UnexpectedEnd, 3)]
    [InlineData("a[0", FhirPathErrorCodes.UnexpectedEnd, 3)]
    [InlineData("(a", FhirPathErrorCodes.UnexpectedEnd, 2)]
    [InlineData("{", FhirPathErrorCodes.UnexpectedEnd, 1)]
    [InlineData("-", FhirPathErrorCodes.UnexpectedEnd, 1)]
    [InlineData("x is", FhirPathErrorCodes.UnexpectedEnd, 4)]
    [InlineData("x as FHIR.", FhirPathErrorCodes.UnexpectedEnd, 10)]
    [InlineData("%", FhirPathErrorCodes.UnexpectedEnd, 1)]
    [InlineData("a and // no right operand", FhirPathErrorCodes.UnexpectedEnd, 25)]
    [InlineData("", FhirPathErrorCodes.EmptyExpression, 0)]
    [InlineData("  \r\n\t ", FhirPathErrorCodes.EmptyExpression, 0)]
    [InlineData("// only a comment", FhirPathErrorCodes.EmptyExpression, 0)]
    [InlineData("/* only */ /* comments */", FhirPathErrorCodes.EmptyExpression, 0)]
    public void Parse_Malformed_ThrowsCodeAtPosition(string expression, string code, int position)
    {
        var act = () => FhirPathParser.Parse(expression);

        var error = act.Should().Throw<FhirPathException>().Which;
        error.Code.Should().Be(code);
        error.Position.Should().Be(position);
        error.Kind.Should().Be(FhirPathErrorKind.Syntax);
    }

    [Theory]
    [InlineData("(", ")")]
    [InlineData("f(", ")")]
    [InlineData("a[", "]")]
    [InlineData("-", "")]
    public void Parse_NestingBeyondTheLimit_ThrowsTooDeep(string open, string close)
    {
        var expression = string.Concat(Enumerable.Repeat(open, 100_000)) + "1" + string.Concat(Enumerable.Repeat(close, 100_000));

        var act = () => FhirPathParser.Parse(expression);

        act.Should().Throw<FhirPathException>().Which.Code.Should().Be(FhirPathErrorCodes.TooDeep);
    }

    [Theory]
    [InlineData(".a")]
    [InlineData(" + 1")]
    [InlineData(" and true")]
    [InlineData(" implies true")]
    [InlineData("[0]")]
    public void Parse_LongChainBeyondTheLimit_ThrowsTooDeep(string link)
    {
        // Chains add no recursion in the parser but make the tree as deep as they are long.
        var expression = "a" + string.Concat(Enumerable.Repeat(link, 100_000));

        var act = () => FhirPathParser.Parse(expression);

        act.Should().Throw<FhirPathException>().Which.Code.Should().Be(FhirPathErrorCodes.TooDeep);
    }

    [Fact]
    public void Parse_NestingAtTheLimit_Parses()
    {
        var expression = string.Concat(Enumerable.Repeat("(", 10)) + "1" + string.Concat(Enumerable.Repeat(")", 10));

        FhirPathParser.Parse(expression, maxDepth: 10).Should().Be(new LiteralNode(LiteralKind.Integer, "1", null, 10));
    }

    [Fact]
    public void Parse_ChainAtTheLimit_ParsesAndOneMoreThrows()
    {
        FhirPathParser.Parse("a.b.c", maxDepth: 3).Should().BeOfType<MemberNode>();

        var act = () => FhirPathParser.Parse("a.b.c.d", maxDepth: 3);

        var error = act.Should().Throw<FhirPathException>().Which;
        error.Code.Should().Be(FhirPathErrorCodes.TooDeep);
        error.Position.Should().Be(6);
    }
}
