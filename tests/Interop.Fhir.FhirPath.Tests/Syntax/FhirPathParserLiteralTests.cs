using Interop.Fhir.FhirPath.Syntax;

namespace Interop.Fhir.FhirPath.Tests.Syntax;

public sealed class FhirPathParserLiteralTests
{
    [Theory]
    [InlineData("{}", LiteralKind.Empty, "{}", null)]
    [InlineData("{ }", LiteralKind.Empty, "{}", null)]
    [InlineData("true", LiteralKind.Boolean, "true", null)]
    [InlineData("false", LiteralKind.Boolean, "false", null)]
    [InlineData("'hello world'", LiteralKind.String, "hello world", null)]
    [InlineData("''", LiteralKind.String, "", null)]
    [InlineData("0", LiteralKind.Integer, "0", null)]
    [InlineData("007", LiteralKind.Integer, "007", null)]
    [InlineData("123L", LiteralKind.Long, "123", null)]
    [InlineData("3.14159", LiteralKind.Decimal, "3.14159", null)]
    [InlineData("@2015", LiteralKind.Date, "2015", null)]
    [InlineData("@2015-02", LiteralKind.Date, "2015-02", null)]
    [InlineData("@2015-02-04", LiteralKind.Date, "2015-02-04", null)]
    [InlineData("@2015T", LiteralKind.DateTime, "2015T", null)]
    [InlineData("@2015-02T", LiteralKind.DateTime, "2015-02T", null)]
    [InlineData("@2015-02-04T", LiteralKind.DateTime, "2015-02-04T", null)]
    [InlineData("@2015-02-04T14", LiteralKind.DateTime, "2015-02-04T14", null)]
    [InlineData("@2015-02-04T14:34", LiteralKind.DateTime, "2015-02-04T14:34", null)]
    [InlineData("@2015-02-04T14:34:28", LiteralKind.DateTime, "2015-02-04T14:34:28", null)]
    [InlineData("@2015-02-04T14:34:28.123", LiteralKind.DateTime, "2015-02-04T14:34:28.123", null)]
    [InlineData("@2015-02-04T14:34:28.123+10:00", LiteralKind.DateTime, "2015-02-04T14:34:28.123+10:00", null)]
    [InlineData("@2015-02-04T14:34:28-05:30", LiteralKind.DateTime, "2015-02-04T14:34:28-05:30", null)]
    [InlineData("@2015-02-04T14:34:28Z", LiteralKind.DateTime, "2015-02-04T14:34:28Z", null)]
    [InlineData("@2015T14Z", LiteralKind.DateTime, "2015T14Z", null)]
    [InlineData("@T14", LiteralKind.Time, "T14", null)]
    [InlineData("@T14:34", LiteralKind.Time, "T14:34", null)]
    [InlineData("@T14:34:28.123", LiteralKind.Time, "T14:34:28.123", null)]
    [InlineData("@T14:34:28Z", LiteralKind.Time, "T14:34:28Z", null)]
    [InlineData("4 days", LiteralKind.Quantity, "4", "days")]
    [InlineData("1 year", LiteralKind.Quantity, "1", "year")]
    [InlineData("4days", LiteralKind.Quantity, "4", "days")]
    [InlineData("10 'mg'", LiteralKind.Quantity, "10", "mg")]
    [InlineData("2.5 'mm[Hg]'", LiteralKind.Quantity, "2.5", "mm[Hg]")]
    [InlineData("1 '\\'a\\''", LiteralKind.Quantity, "1", "'a'")]
    public void Parse_Literal_HasKindTextAndUnit(string expression, LiteralKind kind, string text, string? unit)
    {
        FhirPathParser.Parse(expression).Should().Be(new LiteralNode(kind, text, unit, 0));
    }

    [Theory]
    [InlineData("year")]
    [InlineData("years")]
    [InlineData("month")]
    [InlineData("months")]
    [InlineData("week")]
    [InlineData("weeks")]
    [InlineData("day")]
    [InlineData("days")]
    [InlineData("hour")]
    [InlineData("hours")]
    [InlineData("minute")]
    [InlineData("minutes")]
    [InlineData("second")]
    [InlineData("seconds")]
    [InlineData("millisecond")]
    [InlineData("milliseconds")]
    public void Parse_CalendarKeyword_IsAQuantityUnit(string keyword)
    {
        FhirPathParser.Parse("2 " + keyword).Should().Be(new LiteralNode(LiteralKind.Quantity, "2", keyword, 0));
    }

    [Theory]
    [InlineData(@"'\''", "'")]
    [InlineData(@"'\""'", "\"")]
    [InlineData(@"'\`'", "`")]
    [InlineData(@"'\\'", "\\")]
    [InlineData(@"'\/'", "/")]
    [InlineData(@"'\f'", "\f")]
    [InlineData(@"'\n'", "\n")]
    [InlineData(@"'\r'", "\r")]
    [InlineData(@"'\t'", "\t")]
    [InlineData(@"'\u002a'", "*")]
    [InlineData(@"'M\u00FCller'", "Müller")]
    [InlineData(@"'a\\b\'c'", @"a\b'c")]
    [InlineData("'line\nbreak'", "line\nbreak")]
    public void Parse_StringEscape_IsUnescaped(string expression, string value)
    {
        ((LiteralNode)FhirPathParser.Parse(expression)).Text.Should().Be(value);
    }

    [Fact]
    public void Parse_DelimitedIdentifierEscape_IsUnescaped()
    {
        FhirPathParser.Parse(@"`a\`b`").Should().Be(new MemberNode(null, "a`b", 0));
    }

    [Theory]
    [InlineData("@2015-02-04.is(Date)", "@2015-02-04.is(Date)")]
    [InlineData("@2015-02-04T14:34:28.123.is(DateTime)", "@2015-02-04T14:34:28.123.is(DateTime)")]
    [InlineData("@T14:34.is(Time)", "@T14:34.is(Time)")]
    [InlineData("@2015-2", "(- @2015 2)")]
    [InlineData("@2015-02-04T10:00+1 'h'", "(+ @2015-02-04T10:00 1 'h')")]
    [InlineData("@2015-02-04 - 1 day", "(- @2015-02-04 1 'day')")]
    [InlineData("1.toString()", "1.toString()")]
    [InlineData("1.5.toString()", "1.5.toString()")]
    [InlineData("-5 'mg'", "(- 5 'mg')")]
    [InlineData("5 'mg' | 4 days", "(| 5 'mg' 4 'days')")]
    [InlineData("1 div 2", "(div 1 2)")]
    public void Parse_LiteralInContext_EndsWhereTheGrammarSays(string expression, string tree)
    {
        TreePrinter.Print(FhirPathParser.Parse(expression)).Should().Be(tree);
    }
}
