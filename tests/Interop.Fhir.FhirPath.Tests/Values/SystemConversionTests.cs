using Interop.Fhir.FhirPath.Values;

namespace Interop.Fhir.FhirPath.Tests.Values;

public class SystemConversionTests
{
    [Theory]
    [InlineData("true", "true")]
    [InlineData("1", "true")]
    [InlineData("0", "false")]
    [InlineData("2", "{}")]
    [InlineData("-1", "{}")]
    [InlineData("1.0", "true")]
    [InlineData("0.0", "false")]
    [InlineData("1L", "true")]
    [InlineData("'true'", "true")]
    [InlineData("'False'", "false")]
    [InlineData("'T'", "true")]
    [InlineData("'yes'", "true")]
    [InlineData("'n'", "false")]
    [InlineData("'1.0'", "true")]
    [InlineData("'hello'", "{}")]
    [InlineData("@2014", "{}")]
    public void ToBoolean_Values_MatchExpected(string value, string expected) =>
        TestValues.Format(SystemConversion.ToBoolean(TestValues.Parse(value))).Should().Be(expected);

    [Theory]
    [InlineData("1", "1")]
    [InlineData("'1'", "1")]
    [InlineData("'-1'", "-1")]
    [InlineData("'+5'", "5")]
    [InlineData("'0.0'", "{}")]
    [InlineData("'1.1'", "{}")]
    [InlineData("'st'", "{}")]
    [InlineData("' 1'", "{}")]
    [InlineData("'2147483648'", "{}")]
    [InlineData("true", "1")]
    [InlineData("false", "0")]
    [InlineData("1.0", "{}")]
    [InlineData("5L", "5")]
    public void ToInteger_Values_MatchExpected(string value, string expected)
    {
        var result = SystemConversion.ToInteger(TestValues.Parse(value));

        TestValues.Format(result).Should().Be(expected);
        if (result is not null)
        {
            result.Should().BeOfType<int>();
        }
    }

    [Theory]
    [InlineData("1", "1")]
    [InlineData("'9223372036854775807'", "9223372036854775807")]
    [InlineData("'abc'", "{}")]
    [InlineData("true", "1")]
    public void ToLong_Values_MatchExpected(string value, string expected)
    {
        var result = SystemConversion.ToLong(TestValues.Parse(value));

        TestValues.Format(result).Should().Be(expected);
        if (result is not null)
        {
            result.Should().BeOfType<long>();
        }
    }

    [Theory]
    [InlineData("1", "1")]
    [InlineData("1.0", "1.0")]
    [InlineData("'1.1'", "1.1")]
    [InlineData("'0.0'", "0.0")]
    [InlineData("'-1'", "-1")]
    [InlineData("'1.a'", "{}")]
    [InlineData("'1.'", "{}")]
    [InlineData("'.5'", "{}")]
    [InlineData("'st'", "{}")]
    [InlineData("true", "1.0")]
    [InlineData("false", "0.0")]
    public void ToDecimal_Values_MatchExpected(string value, string expected) =>
        TestValues.Format(SystemConversion.ToDecimal(TestValues.Parse(value))).Should().Be(expected);

    [Theory]
    [InlineData("1", "1")]
    [InlineData("-1", "-1")]
    [InlineData("1.0", "1.0")]
    [InlineData("0.0", "0.0")]
    [InlineData("'true'", "true")]
    [InlineData("true", "true")]
    [InlineData("1 'wk'", "1 'wk'")]
    [InlineData("1 week", "1 week")]
    [InlineData("4 days", "4 days")]
    [InlineData("53 'km'", "53 'km'")]
    [InlineData("@2014-12-14", "2014-12-14")]
    [InlineData("@2020-01-01T10:00:00.000+10:00", "2020-01-01T10:00:00.000+10:00")]
    [InlineData("@2025-11-01T", "2025-11-01")]
    [InlineData("@T10:30:00.000", "10:30:00.000")]
    [InlineData("@T11:45", "11:45")]
    public void ToString_Values_UseFhirPathText(string value, string expected) =>
        SystemConversion.ToString(TestValues.Parse(value)).Should().Be(expected);

    [Theory]
    [InlineData("'2015'", "@2015")]
    [InlineData("'2015-02'", "@2015-02")]
    [InlineData("'2015-02-04'", "@2015-02-04")]
    [InlineData("'2015-02-04T10:00'", "{}")]
    [InlineData("'not-a-date'", "{}")]
    [InlineData("@2024-01-15T23:30:00-05:00", "@2024-01-15")]
    [InlineData("@2024-01T", "@2024-01")]
    [InlineData("1", "{}")]
    public void ToDate_Values_MatchExpected(string value, string expected) =>
        TestValues.Format(SystemConversion.ToDate(TestValues.Parse(value))).Should().Be(expected);

    [Theory]
    [InlineData("'2015'", "@2015")]
    [InlineData("'2015-02-04T14'", "@2015-02-04T14")]
    [InlineData("'2015-02-04T14:34:28.123'", "@2015-02-04T14:34:28.123")]
    [InlineData("'2015-02-04T14:34:28Z'", "@2015-02-04T14:34:28Z")]
    [InlineData("'2015-02-04T14:34:28+10:00'", "@2015-02-04T14:34:28+10:00")]
    [InlineData("'2015-02-30'", "{}")]
    [InlineData("@2015-02-04", "@2015-02-04")]
    public void ToDateTime_Values_MatchExpected(string value, string expected)
    {
        var result = SystemConversion.ToDateTime(TestValues.Parse(value));

        TestValues.Format(result).Should().Be(expected);
        if (result is not null)
        {
            result.Should().BeOfType<FhirPathDateTime>();
        }
    }

    [Theory]
    [InlineData("'14'", "@T14")]
    [InlineData("'14:34'", "@T14:34")]
    [InlineData("'14:34:28.123'", "@T14:34:28.123")]
    [InlineData("'T14:34'", "{}")]
    [InlineData("'14:34Z'", "{}")]
    [InlineData("@T10:00", "@T10:00")]
    public void ToTime_Values_MatchExpected(string value, string expected) =>
        TestValues.Format(SystemConversion.ToTime(TestValues.Parse(value))).Should().Be(expected);

    [Theory]
    [InlineData("1", null, "1 '1'")]
    [InlineData("1.0", null, "1.0 '1'")]
    [InlineData("5L", null, "5 '1'")]
    [InlineData("true", null, "1.0 '1'")]
    [InlineData("false", null, "0.0 '1'")]
    [InlineData("'1'", null, "1 '1'")]
    [InlineData("'1.0'", null, "1.0 '1'")]
    [InlineData("'1 day'", null, "1 day")]
    [InlineData("'4 days'", null, "4 days")]
    [InlineData("'1 \\'wk\\''", null, "1 'wk'")]
    [InlineData("'-2.5 \\'mm[Hg]\\''", null, "-2.5 'mm[Hg]'")]
    [InlineData("'10\\'mg\\''", null, "10 'mg'")]
    [InlineData("'1 wk'", null, "{}")]
    [InlineData("'1.a'", null, "{}")]
    [InlineData("'day'", null, "{}")]
    [InlineData("@2014", null, "{}")]
    [InlineData("52 'cm'", "m", "0.52 'm'")]
    [InlineData("45", "m", "45 'm'")]
    [InlineData("24 'm'", "kg", "{}")]
    [InlineData("1 'a'", "d", "365.25 'd'")]
    [InlineData("1 'wk'", "d", "7 'd'")]
    [InlineData("7 days", "wk", "1 'wk'")]
    [InlineData("182.5 days", "a", "0.5 'a'")]
    [InlineData("1 year", "month", "12 months")]
    [InlineData("1 year", "a", "1 'a'")]
    [InlineData("185 '[lb_av]'", "kg", "83.91458845 'kg'")]
    [InlineData("10 'Cel'", "[degF]", "{}")]
    [InlineData("4 'g'", "g", "4 'g'")]
    public void ToQuantity_ValuesAndUnits_MatchExpected(string value, string? unit, string expected) =>
        TestValues.Format(SystemConversion.ToQuantity(TestValues.Parse(value), unit)).Should().Be(expected);

    [Fact]
    public void ToQuantity_StringDayThenCompared_EqualsUcumDay()
    {
        var day = SystemConversion.ToQuantity("1 day", null)!;

        SystemValueComparer.Equal(day, new FhirPathQuantity(1, "d")).Should().BeTrue();
        SystemValueComparer.Equal(SystemConversion.ToQuantity("1 'mo'", null)!, new FhirPathQuantity(1, "month")).Should().BeNull();
    }
}
