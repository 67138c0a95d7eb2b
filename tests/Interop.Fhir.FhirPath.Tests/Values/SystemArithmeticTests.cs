using Interop.Fhir.FhirPath.Values;

namespace Interop.Fhir.FhirPath.Tests.Values;

public class SystemArithmeticTests
{
    [Theory]
    [InlineData("1", "1", "2")]
    [InlineData("1.2", "1.8", "3.0")]
    [InlineData("5L", "4.5", "9.5")]
    [InlineData("2147483647", "1", "{}")]
    [InlineData("9223372036854775807L", "1", "{}")]
    [InlineData("'a'", "'b'", "'ab'")]
    [InlineData("3 'm'", "3 'cm'", "3.03 'm'")]
    [InlineData("3 'cm'", "3 'm'", "303 'cm'")]
    [InlineData("1", "2 'cm'", "3 'cm'")]
    [InlineData("2 minutes", "60 seconds", "3 minutes")]
    [InlineData("60 's'", "2 minutes", "180 's'")]
    [InlineData("1 week", "14 days", "3 weeks")]
    [InlineData("3 'd'", "1 'wk'", "10 'd'")]
    [InlineData("1 year", "12 months", "{}")]
    [InlineData("1 year", "12 'mo'", "{}")]
    [InlineData("1 'm'", "1 'g'", "{}")]
    [InlineData("@1973-12-25", "7 days", "@1974-01-01")]
    [InlineData("@1973-12-25", "7.7 days", "@1974-01-01")]
    [InlineData("@1973-12-25T00:00:00.000+10:00", "7 days", "@1974-01-01T00:00:00.000+10:00")]
    [InlineData("@1973-12-25T00:00:00.000+10:00", "7.7 days", "@1974-01-01T00:00:00.000+10:00")]
    [InlineData("@1973-12-25T00:00:00.000+10:00", "1 second", "@1973-12-25T00:00:01.000+10:00")]
    [InlineData("@1973-12-25T00:00:00.000+10:00", "10 millisecond", "@1973-12-25T00:00:00.010+10:00")]
    [InlineData("@1973-12-25T00:00:00.000+10:00", "1 minute", "@1973-12-25T00:01:00.000+10:00")]
    [InlineData("@1973-12-25T00:00:00.000+10:00", "1 hour", "@1973-12-25T01:00:00.000+10:00")]
    [InlineData("@1973-12-25", "1 day", "@1973-12-26")]
    [InlineData("@1973-12-25", "1 month", "@1974-01-25")]
    [InlineData("@1973-12-25", "1 week", "@1974-01-01")]
    [InlineData("@1973-12-25", "1 year", "@1974-12-25")]
    [InlineData("@1973-12-25", "1 'd'", "@1973-12-26")]
    [InlineData("@1973-12-25", "1 'wk'", "@1974-01-01")]
    [InlineData("@1973-12-25T00:00:00.000+10:00", "1 's'", "@1973-12-25T00:00:01.000+10:00")]
    [InlineData("@1973-12-25T00:00:00.000+10:00", "0.1 's'", "@1973-12-25T00:00:00.000+10:00")]
    [InlineData("@1973-12-25T00:00:00.000+10:00", "10 'ms'", "@1973-12-25T00:00:00.010+10:00")]
    [InlineData("@1973-12-25T00:00:00.000+10:00", "1 'min'", "@1973-12-25T00:01:00.000+10:00")]
    [InlineData("@1973-12-25T00:00:00.000+10:00", "1 'h'", "@1973-12-25T01:00:00.000+10:00")]
    [InlineData("@2019-03-01", "24 months", "@2021-03-01")]
    [InlineData("@2026-01-31", "1 month", "@2026-02-28")]
    [InlineData("@2016-02-29", "1 year", "@2017-02-28")]
    [InlineData("@2014", "24 months", "@2016")]
    [InlineData("@2014", "23 months", "@2015")]
    [InlineData("@2016", "365 days", "@2017")]
    [InlineData("@2026-02", "5 weeks", "@2026-03")]
    [InlineData("@2026-02", "4 weeks", "@2026-02")]
    [InlineData("@2026-01-01", "36 hours", "@2026-01-02")]
    [InlineData("@T23:30:00", "1 hour", "@T00:30:00")]
    [InlineData("@T01:00:00", "48 hour", "@T01:00:00")]
    [InlineData("@9999-12-31", "1 day", "{}")]
    public void Add_SuiteAndSpecCases_MatchExpected(string left, string right, string expected) =>
        TestValues.Format(SystemArithmetic.Add(TestValues.Parse(left), TestValues.Parse(right))).Should().Be(expected);

    [Theory]
    [InlineData("1", "1", "0")]
    [InlineData("1.8", "1.2", "0.6")]
    [InlineData("-2147483648", "1", "{}")]
    [InlineData("3 'm'", "3 'cm'", "2.97 'm'")]
    [InlineData("3 'cm'", "3 'm'", "-297 'cm'")]
    [InlineData("1 minute", "30 's'", "0.5 minutes")]
    [InlineData("@1974-12-25", "1 'month'", "@1974-11-25")]
    [InlineData("@2014", "24 months", "@2012")]
    [InlineData("@2014", "1 month", "@2014")]
    [InlineData("@2026-02", "1 day", "@2026-02")]
    [InlineData("@2026-03-31", "1 month", "@2026-02-28")]
    [InlineData("@T00:30:00", "1 hour", "@T23:30:00")]
    [InlineData("@T01:00:00", "2 hours", "@T23:00:00")]
    [InlineData("@0001-01-01", "1 day", "{}")]
    public void Subtract_SuiteAndSpecCases_MatchExpected(string left, string right, string expected) =>
        TestValues.Format(SystemArithmetic.Subtract(TestValues.Parse(left), TestValues.Parse(right))).Should().Be(expected);

    [Theory]
    [InlineData("1.2", "1.8", "2.16")]
    [InlineData("2147483647", "2", "{}")]
    [InlineData("3", "2 'cm'", "6 'cm'")]
    [InlineData("2 'cm'", "3", "6 'cm'")]
    [InlineData("12 'cm'", "3 'cm'", "36 'cm2'")]
    [InlineData("3 'cm'", "12 'cm2'", "36 'cm3'")]
    [InlineData("10 'm/s'", "10 's'", "100 'm'")]
    [InlineData("2.0 'cm'", "2.0 'm'", "400.00 'cm2'")]
    [InlineData("12 day", "45 'm'", "{}")]
    [InlineData("2 'kg/m2'", "3 'm2'", "6 'kg'")]
    public void Multiply_NumbersAndQuantities_MatchExpected(string left, string right, string expected) =>
        TestValues.Format(SystemArithmetic.Multiply(TestValues.Parse(left), TestValues.Parse(right))).Should().Be(expected);

    [Fact]
    public void Multiply_CentimetresByMetres_EqualsSquareMetres()
    {
        var product = SystemArithmetic.Multiply(TestValues.Parse("2.0 'cm'"), TestValues.Parse("2.0 'm'"))!;

        SystemValueComparer.Equal(product, TestValues.Parse("0.040 'm2'")).Should().BeTrue();
    }

    [Theory]
    [InlineData("1", "2", "0.5")]
    [InlineData("4", "2", "2")]
    [InlineData("1", "0", "{}")]
    [InlineData("1.0", "0.0", "{}")]
    [InlineData("4.0 'g'", "2.0 'm'", "2 'g/m'")]
    [InlineData("1.0 'm'", "1.0 'm'", "1 '1'")]
    [InlineData("12 'cm2'", "3 'cm'", "4 'cm'")]
    [InlineData("120 'm'", "60 's'", "2 'm/s'")]
    [InlineData("60", "1 's'", "60 '/s'")]
    [InlineData("60 's'", "2", "30 's'")]
    [InlineData("10 'mg'", "2 'kg.d'", "5 'mg/kg/d'")]
    [InlineData("1 'g'", "0 'g'", "{}")]
    public void Divide_NumbersAndQuantities_MatchExpected(string left, string right, string expected) =>
        TestValues.Format(SystemArithmetic.Divide(TestValues.Parse(left), TestValues.Parse(right))).Should().Be(expected);

    [Theory]
    [InlineData("5", "2", "2")]
    [InlineData("2.2", "1.8", "1")]
    [InlineData("5.5", "0.7", "7")]
    [InlineData("5L", "2", "2")]
    [InlineData("5", "0", "{}")]
    [InlineData("-2147483648", "-1", "{}")]
    public void Div_Numbers_TruncateTheQuotient(string left, string right, string expected) =>
        TestValues.Format(SystemArithmetic.Div(TestValues.Parse(left), TestValues.Parse(right))).Should().Be(expected);

    [Theory]
    [InlineData("5", "2", "1")]
    [InlineData("2.2", "1.8", "0.4")]
    [InlineData("5.5", "0.7", "0.6")]
    [InlineData("5", "0", "{}")]
    public void Mod_Numbers_GiveTheRemainder(string left, string right, string expected) =>
        TestValues.Format(SystemArithmetic.Mod(TestValues.Parse(left), TestValues.Parse(right))).Should().Be(expected);

    [Theory]
    [InlineData("5", "-5")]
    [InlineData("5L", "-5")]
    [InlineData("5.5", "-5.5")]
    [InlineData("5.5 'mg'", "-5.5 'mg'")]
    [InlineData("-2147483648", "{}")]
    public void Negate_NumbersAndQuantities_FlipTheSign(string value, string expected) =>
        TestValues.Format(SystemArithmetic.Negate(TestValues.Parse(value))).Should().Be(expected);

    [Theory]
    [InlineData("+", "@1973-12-25", "1 'mo'")]
    [InlineData("+", "@1973-12-25", "1 'a'")]
    [InlineData("-", "@1974-12-25", "1 'cm'")]
    [InlineData("+", "@T10:00", "1 day")]
    [InlineData("+", "@1974-12-25", "7")]
    [InlineData("-", "'a'", "'b'")]
    [InlineData("*", "'a'", "2")]
    [InlineData("div", "1 'g'", "2")]
    [InlineData("mod", "true", "2")]
    public void Operators_OperandsOfWrongType_ThrowWrongOperandType(string symbol, string left, string right)
    {
        var a = TestValues.Parse(left);
        var b = TestValues.Parse(right);
        Func<object?> act = symbol switch
        {
            "+" => () => SystemArithmetic.Add(a, b),
            "-" => () => SystemArithmetic.Subtract(a, b),
            "*" => () => SystemArithmetic.Multiply(a, b),
            "div" => () => SystemArithmetic.Div(a, b),
            _ => () => SystemArithmetic.Mod(a, b),
        };

        act.Should().Throw<FhirPathException>().Which.Code.Should().Be(FhirPathErrorCodes.WrongOperandType);
    }

    [Fact]
    public void Negate_String_ThrowsWrongOperandType()
    {
        var act = () => SystemArithmetic.Negate("a");

        act.Should().Throw<FhirPathException>().Which.Code.Should().Be(FhirPathErrorCodes.WrongOperandType);
    }
}
