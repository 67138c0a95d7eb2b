using Interop.Fhir.R4;

namespace Interop.Fhir.FhirPath.Tests.Functions;

public class StringFunctionsTests
{
    [Theory]
    [InlineData("'abcdefg'.indexOf('bc')", "1")]
    [InlineData("'abcdefg'.indexOf('x')", "-1")]
    [InlineData("'abcdefg'.indexOf('')", "0")]
    [InlineData("'a\\uD83D\\uDD25b'.indexOf('b')", "2")]
    [InlineData("'abc abc'.lastIndexOf('a')", "4")]
    [InlineData("'abcdefg'.lastIndexOf('x')", "-1")]
    [InlineData("'0123'.lastIndexOf('')", "4")]
    [InlineData("''.lastIndexOf('')", "0")]
    [InlineData("'a\\uD83D\\uDD25b\\uD83D\\uDD25'.lastIndexOf('\\uD83D\\uDD25')", "3")]
    [InlineData("{}.indexOf('a')", "{}")]
    [InlineData("'abc'.indexOf({})", "{}")]
    public void Evaluate_Position_CountsCharacters(string expression, string expected) =>
        FunctionResults.Evaluate(expression).Should().Be(expected);

    [Theory]
    [InlineData("'abcdefg'.substring(3)", "'defg'")]
    [InlineData("'abcdefg'.substring(1, 2)", "'bc'")]
    [InlineData("'abcdefg'.substring(6, 2)", "'g'")]
    [InlineData("'abcdefg'.substring(7, 1)", "{}")]
    [InlineData("'abcdefg'.substring(-1, 1)", "{}")]
    [InlineData("'abcdefg'.substring(3, 0)", "''")]
    [InlineData("'abcdefg'.substring(3, -1)", "''")]
    [InlineData("'abcdefg'.substring(2, {})", "'cdefg'")]
    [InlineData("'abcdefg'.substring({})", "{}")]
    [InlineData("''.substring(0)", "{}")]
    [InlineData("'a\\uD83D\\uDD25bc'.substring(1, 2)", "'\U0001F525b'")]
    [InlineData("'abc'.substring(1, 2147483647)", "'bc'")]
    public void Evaluate_Substring_FollowsTheSpec(string expression, string expected) =>
        FunctionResults.Evaluate(expression).Should().Be(expected);

    [Theory]
    [InlineData("'12345'.startsWith('12')", "true")]
    [InlineData("'12345'.startsWith('2')", "false")]
    [InlineData("'12345'.startsWith('')", "true")]
    [InlineData("'12345'.endsWith('45')", "true")]
    [InlineData("'12345'.endsWith('4')", "false")]
    [InlineData("'12345'.contains('34')", "true")]
    [InlineData("'12345'.contains('35')", "false")]
    [InlineData("'12345'.contains('')", "true")]
    [InlineData("{}.contains('')", "{}")]
    [InlineData("'abc'.startsWith({})", "{}")]
    [InlineData("'AbC'.upper()", "'ABC'")]
    [InlineData("'AbC'.lower()", "'abc'")]
    [InlineData("'i'.upper()", "'I'")]
    [InlineData("'abc'.length()", "3")]
    [InlineData("''.length()", "0")]
    [InlineData("'\\u0065\\u0301'.length()", "2")]
    [InlineData("'\\uD83D\\uDD25'.length()", "1")]
    public void Evaluate_SimpleFunction_FollowsTheSpec(string expression, string expected) =>
        FunctionResults.Evaluate(expression).Should().Be(expected);

    [Theory]
    [InlineData("'abcdefg'.replace('cde', '123')", "'ab123fg'")]
    [InlineData("'abcdefg'.replace('cde', '')", "'abfg'")]
    [InlineData("'abc'.replace('', 'x')", "'xaxbxcx'")]
    [InlineData("'a\\uD83D\\uDD25c'.replace('', 'x')", "'xax\U0001F525xcx'")]
    [InlineData("'abc'.replace('b', {})", "{}")]
    [InlineData("'a\\uD83D\\uDD25b'.toChars()", "'a', '\U0001F525', 'b'")]
    [InlineData("''.toChars()", "{}")]
    [InlineData("' \\t123 456\\r\\n'.trim()", "'123 456'")]
    [InlineData("'\\u00A0x'.trim()", "'\u00A0x'")]
    [InlineData("'A,,C'.split(',')", "'A', '', 'C'")]
    [InlineData("'ABC'.split(',')", "'ABC'")]
    [InlineData("',A,'.split(',')", "'', 'A', ''")]
    [InlineData("'[x]1[x][x]2'.split('[x]')", "'', '1', '', '2'")]
    [InlineData("'ab'.split('')", "'a', 'b'")]
    [InlineData("('A' | 'B' | 'C').join()", "'ABC'")]
    [InlineData("('A' | 'B' | 'C').join(', ')", "'A, B, C'")]
    [InlineData("{}.join(',')", "{}")]
    public void Evaluate_Pieces_FollowTheSpec(string expression, string expected) =>
        FunctionResults.Evaluate(expression).Should().Be(expected);

    [Theory]
    [InlineData("'FHIR'.matches('FHIR')", "true")]
    [InlineData("'FHIR'.matches('fhir')", "false")]
    [InlineData("'FHIR'.matches('fhir', 'i')", "true")]
    [InlineData("'N8000123123'.matches('N[0-9]{8}')", "true")]
    [InlineData("'N8000123123'.matches('^N[0-9]{8}$')", "false")]
    [InlineData("'A\\nB'.matches('A.B')", "true")]
    [InlineData("'first line\\nsecond line'.matches('^second')", "false")]
    [InlineData("'first line\\nsecond line'.matches('^SECOND', 'im')", "true")]
    [InlineData("'N8000123123'.matchesFull('N[0-9]{8}')", "false")]
    [InlineData("'N8000123123'.matchesFull('N[0-9]{10}')", "true")]
    [InlineData("'ab'.matchesFull('a|ab')", "true")]
    [InlineData("'FHIR'.matches({})", "{}")]
    [InlineData("'10/15/2014'.replaceMatches('[0-9]+', 'X')", "'X/X/X'")]
    [InlineData("'11/30/1972'.replaceMatches('\\\\b(?<month>\\\\d{1,2})/(?<day>\\\\d{1,2})/(?<year>\\\\d{2,4})\\\\b', '${day}-${month}-${year}')", "'30-11-1972'")]
    [InlineData("'aaabaa'.replaceMatches('aa', '\"aa\"')", "'\"aa\"ab\"aa\"'")]
    [InlineData("'abc'.replaceMatches('', 'x')", "'abc'")]
    [InlineData("'ABC'.replaceMatches('b', '-', 'i')", "'A-C'")]
    [InlineData("'abc'.replaceMatches('b', {})", "{}")]
    public void Evaluate_Regex_FollowsTheSpec(string expression, string expected) =>
        FunctionResults.Evaluate(expression).Should().Be(expected);

    [Theory]
    [InlineData("'test'.encode('base64')", "'dGVzdA=='")]
    [InlineData("'subjects?_d'.encode('urlbase64')", "'c3ViamVjdHM_X2Q='")]
    [InlineData("'test'.encode('hex')", "'74657374'")]
    [InlineData("'caf\\u00E9 \\uD83D\\uDD25'.encode('ascii')", "'caf? ?'")]
    [InlineData("'dGVzdA=='.decode('base64')", "'test'")]
    [InlineData("'c3ViamVjdHM_X2Q'.decode('urlbase64')", "'subjects?_d'")]
    [InlineData("'74657374'.decode('hex')", "'test'")]
    [InlineData("'not base64!'.decode('base64')", "{}")]
    [InlineData("'7465737'.decode('hex')", "{}")]
    [InlineData("'ff'.decode('hex')", "{}")]
    [InlineData("'\"1<2\" & \\'3\\''.escape('html')", "'&quot;1&lt;2&quot; &amp; &#39;3&#39;'")]
    [InlineData("'&quot;1&lt;2&#x26;&#39;'.unescape('html')", "'\"1<2&''")]
    [InlineData("'\"1<2\"\\\\\\n'.escape('json')", "'\\\"1<2\\\"\\\\\\n'")]
    [InlineData("'\\\\\"1\\\\u0041\\\\n\\\\q'.unescape('json')", "'\"1A\n\\q'")]
    [InlineData("'test'.encode({})", "{}")]
    public void Evaluate_EncodingAndEscaping_RoundTrip(string expression, string expected) =>
        FunctionResults.Evaluate(expression).Should().Be(expected);

    [Fact]
    public void Evaluate_FhirPrimitiveInput_UsesItsValue()
    {
        var patient = new Patient { Name = [new HumanName { Given = [new FhirString("Peter"), new FhirString("jim"), new FhirString()] }] };

        FunctionResults.Evaluate("Patient.name.given.first().upper()", patient).Should().Be("'PETER'");
        FunctionResults.Evaluate("Patient.name.given.join(' ')", patient).Should().Be("'Peter jim'");
        FunctionResults.Evaluate("Patient.name.given[1].lower()", patient).Should().Be("'jim'");
        FunctionResults.Evaluate("Patient.name.given.where(length() > 3)", patient).Should().Be("string");
        FunctionResults.Evaluate("Patient.name.given.last().length()", patient).Should().Be("{}");
    }

    [Theory]
    [InlineData("('a' | 'b').upper()", FhirPathErrorCodes.SingletonExpected)]
    [InlineData("'abc'.substring(('a' | 'b').length())", FhirPathErrorCodes.SingletonExpected)]
    [InlineData("(1 | 2).first().length()", FhirPathErrorCodes.WrongOperandType)]
    [InlineData("'abc'.substring('1')", FhirPathErrorCodes.WrongOperandType)]
    [InlineData("(1 | 'a').join(',')", FhirPathErrorCodes.WrongOperandType)]
    [InlineData("'abc'.matches('(')", FhirPathErrorCodes.InvalidArgumentValue)]
    [InlineData("'abc'.matches('a', 'x')", FhirPathErrorCodes.InvalidArgumentValue)]
    [InlineData("'abc'.encode('rot13')", FhirPathErrorCodes.InvalidArgumentValue)]
    [InlineData("'abc'.escape('xml')", FhirPathErrorCodes.InvalidArgumentValue)]
    [InlineData("1.length()", FhirPathErrorCodes.WrongArgumentType)]
    [InlineData("Patient.name.startsWith('P')", FhirPathErrorCodes.WrongArgumentType)]
    public void Evaluate_Misuse_FailsWithItsCode(string expression, string code) =>
        FunctionResults.ErrorOf(expression).Should().Be(code);

    [Fact]
    public void Evaluate_PatternUsedOften_MatchesTheSameOnceCompiled()
    {
        var results = new HashSet<string>();
        for (var i = 0; i < 300; i++)
        {
            results.Add(FunctionResults.Evaluate($"'x{i % 3}y'.matchesFull('x[01]y')"));
        }

        results.Should().BeEquivalentTo(["true", "false"]);
        FunctionResults.Evaluate("'x2y'.matchesFull('x[01]y')").Should().Be("false");
        FunctionResults.Evaluate("'x1y'.matchesFull('x[01]y')").Should().Be("true");
    }

    [Fact]
    public void Evaluate_CatastrophicBacktracking_StopsWithTimeLimit() =>
        FunctionResults.ErrorOf($"'{new string('a', 40)}!'.matches('^(a+)+$')").Should().Be(FhirPathErrorCodes.TimeLimit);
}
