namespace Interop.Fhir.FhirPath.Tests.Functions;

public class MathFunctionsTests
{
    [Theory]
    [InlineData("(-5).abs()", "5")]
    [InlineData("(-5.5).abs()", "5.5")]
    [InlineData("(-5.5 'mg').abs()", "5.5 'mg'")]
    [InlineData("(-5L).abs()", "5L")]
    [InlineData("{}.abs()", "{}")]
    [InlineData("1.ceiling()", "1")]
    [InlineData("1.1.ceiling()", "2")]
    [InlineData("(-1.1).ceiling()", "-1")]
    [InlineData("1.1 'cm'.ceiling()", "2 'cm'")]
    [InlineData("2.1.floor()", "2")]
    [InlineData("(-2.1).floor()", "-3")]
    [InlineData("1.00000001.truncate()", "1")]
    [InlineData("(-1.56).truncate()", "-1")]
    [InlineData("(-1.56 days).truncate()", "-1 day")]
    [InlineData("12345678901.5.floor()", "{}")]
    public void Evaluate_AbsAndIntegralParts_KeepTypesAsTheSpecSays(string expression, string expected) =>
        FunctionResults.Evaluate(expression).Should().Be(expected);

    [Theory]
    [InlineData("1.round()", "1")]
    [InlineData("3.14159.round(3)", "3.142")]
    [InlineData("2.5.round()", "3")]
    [InlineData("(-2.5).round()", "-3")]
    [InlineData("(1.2 / 1.8).round(2)", "0.67")]
    [InlineData("3.14159 'm'.round(1)", "3.1 'm'")]
    [InlineData("3.14159.round({})", "3")]
    [InlineData("1.5.round(40)", "1.5")]
    public void Evaluate_Round_RoundsHalvesAwayFromZero(string expression, string expected) =>
        FunctionResults.Evaluate(expression).Should().Be(expected);

    [Theory]
    [InlineData("0.exp()", "1")]
    [InlineData("(-0.0).exp()", "1")]
    [InlineData("1.ln()", "0")]
    [InlineData("0.ln()", "{}")]
    [InlineData("16.log(2)", "4")]
    [InlineData("100.0.log(10.0)", "2")]
    [InlineData("10.log(1)", "{}")]
    [InlineData("81.sqrt()", "9")]
    [InlineData("(-1).sqrt()", "{}")]
    [InlineData("2.sqrt() > 1.41421356 and 2.sqrt() < 1.41421357", "true")]
    [InlineData("1000.exp()", "{}")]
    public void Evaluate_RealFunctions_AreEmptyWhenUnrepresentable(string expression, string expected) =>
        FunctionResults.Evaluate(expression).Should().Be(expected);

    [Theory]
    [InlineData("2.power(3)", "8")]
    [InlineData("2.power(0)", "1")]
    [InlineData("2L.power(40)", "1099511627776L")]
    [InlineData("2.power(40)", "{}")]
    [InlineData("2.5.power(2)", "6.25")]
    [InlineData("2.power(-1)", "0.5")]
    [InlineData("2.power(2.0)", "4")]
    [InlineData("4.power(0.5)", "2")]
    [InlineData("(-1).power(0.5)", "{}")]
    [InlineData("0.0.power(-1)", "{}")]
    [InlineData("2.power({})", "{}")]
    public void Evaluate_Power_IsExactForWholeExponents(string expression, string expected) =>
        FunctionResults.Evaluate(expression).Should().Be(expected);

    [Theory]
    [InlineData("'1'.abs()", FhirPathErrorCodes.WrongOperandType)]
    [InlineData("(1 | 2).abs()", FhirPathErrorCodes.SingletonExpected)]
    [InlineData("1 'mg'.sqrt()", FhirPathErrorCodes.WrongOperandType)]
    [InlineData("1.round(-1)", FhirPathErrorCodes.InvalidArgumentValue)]
    [InlineData("0.log(10)", FhirPathErrorCodes.InvalidArgumentValue)]
    [InlineData("10.log(-2)", FhirPathErrorCodes.InvalidArgumentValue)]
    [InlineData("2.power('2')", FhirPathErrorCodes.WrongOperandType)]
    public void Evaluate_Misuse_FailsWithItsCode(string expression, string code) =>
        FunctionResults.ErrorOf(expression).Should().Be(code);
}
