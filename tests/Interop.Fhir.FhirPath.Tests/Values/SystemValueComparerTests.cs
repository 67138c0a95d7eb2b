using Interop.Fhir.FhirPath.Values;

namespace Interop.Fhir.FhirPath.Tests.Values;

public class SystemValueComparerTests
{
    [Theory]
    [InlineData("1", "1", "true")]
    [InlineData("1", "2", "false")]
    [InlineData("'a'", "'a'", "true")]
    [InlineData("'a'", "'A'", "false")]
    [InlineData("1.1", "1.1", "true")]
    [InlineData("1.1", "1.2", "false")]
    [InlineData("1.10", "1.1", "true")]
    [InlineData("0.0", "0", "true")]
    [InlineData("1", "1L", "true")]
    [InlineData("2L", "2.0", "true")]
    [InlineData("true", "true", "true")]
    [InlineData("true", "false", "false")]
    [InlineData("1", "'1'", "false")]
    [InlineData("@2012-04-15", "@2012-04-15", "true")]
    [InlineData("@2012-04-15", "@2012-04-16", "false")]
    [InlineData("@2012-04-15", "@2012-04-15T10:00:00", "{}")]
    [InlineData("@2012-04-15", "@2012-04-16T10:00:00", "false")]
    [InlineData("@2012-04-15", "@2012-04-15T", "true")]
    [InlineData("@2012-04-15T15:00:00", "@2012-04-15T10:00:00", "false")]
    [InlineData("@2012-04-15T15:30:31", "@2012-04-15T15:30:31.0", "true")]
    [InlineData("@2012-04-15T15:30:31", "@2012-04-15T15:30:31.1", "false")]
    [InlineData("@2012-04-15T15:00:00Z", "@2012-04-15T10:00:00", "{}")]
    [InlineData("@2012-04-15T15:00:00+02:00", "@2012-04-15T16:00:00+03:00", "true")]
    [InlineData("@2017-11-05T01:30:00.0-04:00", "@2017-11-05T01:15:00.0-05:00", "false")]
    [InlineData("@2017-11-05T01:30:00.0-04:00", "@2017-11-05T00:30:00.0-05:00", "true")]
    [InlineData("@2012-01-01T10:30:31", "@2012-01-01T10:30", "{}")]
    [InlineData("@1974-12-25", "@T12:14:15", "false")]
    [InlineData("@T10:30", "@T10:30", "true")]
    [InlineData("@T10:30", "@T10:30:00", "{}")]
    [InlineData("4.0000 'g'", "4000.0 'mg'", "true")]
    [InlineData("4 'g'", "4040 'mg'", "false")]
    [InlineData("7 days", "1 week", "true")]
    [InlineData("7 days", "1 'wk'", "true")]
    [InlineData("1 day", "1 'd'", "true")]
    [InlineData("1 'h'", "3600 's'", "true")]
    [InlineData("1 hour", "60 'min'", "true")]
    [InlineData("1 year", "12 months", "true")]
    [InlineData("1 'mo'", "1 month", "{}")]
    [InlineData("1 'a'", "1 year", "{}")]
    [InlineData("1 'cm'", "10.0 'mm'", "true")]
    [InlineData("1 'cm'", "1 's'", "{}")]
    [InlineData("185 '[lb_av]'", "185 '[lb_av]'", "true")]
    [InlineData("185 '[lb_av]'", "185 'kg'", "false")]
    [InlineData("23", "23 '1'", "true")]
    [InlineData("23 'Cel'", "73.4 '[degF]'", "{}")]
    [InlineData("60 '/min'", "1 '/s'", "true")]
    [InlineData("2 'mg/dL'", "20 'mg/L'", "true")]
    [InlineData("1 'mmol/L'", "1000 'umol/L'", "true")]
    [InlineData("1 'kPa'", "1000 'Pa'", "true")]
    [InlineData("50 '%'", "0.5 '1'", "true")]
    public void Equal_SuiteCases_MatchExpected(string left, string right, string expected)
    {
        var result = SystemValueComparer.Equal(TestValues.Parse(left), TestValues.Parse(right));

        TestValues.Format(result).Should().Be(expected);
        TestValues.Format(SystemValueComparer.Equal(TestValues.Parse(right), TestValues.Parse(left))).Should().Be(expected);
    }

    [Theory]
    [InlineData("1", "1", true)]
    [InlineData("1", "2", false)]
    [InlineData("'a'", "'A'", true)]
    [InlineData("'a b'", "'A\tB'", true)]
    [InlineData("'a'", "'b'", false)]
    [InlineData("'ab'", "'a'", false)]
    [InlineData("1.10", "1.1", true)]
    [InlineData("0.6666666666666666666666666667", "0.67", true)]
    [InlineData("0.6666666666666666666666666667", "0.6", false)]
    [InlineData("0.0", "0", true)]
    [InlineData("1.1", "1.2", false)]
    [InlineData("@2012-04-15", "@2012-04-15", true)]
    [InlineData("@2012-04-15", "@2012-04-16", false)]
    [InlineData("@2012-04-15", "@2012-04-15T10:00:00", false)]
    [InlineData("@2012-04-15T15:30:31", "@2012-04-15T15:30:31.0", true)]
    [InlineData("@2012-04-15T15:30:31", "@2012-04-15T15:30:31.1", false)]
    [InlineData("@2012-01", "@2012", false)]
    [InlineData("4 'g'", "4000 'mg'", true)]
    [InlineData("4 'g'", "4040 'mg'", true)]
    [InlineData("2.1 'cm'", "21 'mm'", true)]
    [InlineData("21 'mm'", "2 'cm'", true)]
    [InlineData("1 '[in_i]'", "2.5 'cm'", true)]
    [InlineData("1 year", "1 'a'", true)]
    [InlineData("1 year", "11 months", true)]
    [InlineData("1 second", "1 's'", true)]
    [InlineData("185 '[lb_av]'", "185 'kg'", false)]
    [InlineData("1 'cm'", "1 's'", false)]
    [InlineData("1", "1 '1'", true)]
    [InlineData("true", "1", false)]
    public void Equivalent_SuiteAndSpecCases_MatchExpected(string left, string right, bool expected)
    {
        SystemValueComparer.Equivalent(TestValues.Parse(left), TestValues.Parse(right)).Should().Be(expected);
        SystemValueComparer.Equivalent(TestValues.Parse(right), TestValues.Parse(left)).Should().Be(expected);
    }

    [Theory]
    [InlineData("1", "2", "-1")]
    [InlineData("1.0", "1.2", "-1")]
    [InlineData("1.1", "1", "1")]
    [InlineData("1", "1.0", "0")]
    [InlineData("3L", "2", "1")]
    [InlineData("'a'", "'b'", "-1")]
    [InlineData("'A'", "'a'", "-1")]
    [InlineData("'B'", "'A'", "1")]
    [InlineData("@2014-12-12", "@2014-12-13", "-1")]
    [InlineData("@2014-12-13T12:00:00", "@2014-12-13T12:00:01", "-1")]
    [InlineData("@T12:00:00", "@T14:00:00", "-1")]
    [InlineData("@T12:00:01", "@T12:00:00", "1")]
    [InlineData("@2018-03", "@2018-03-01", "{}")]
    [InlineData("@2018-03-01T10:30", "@2018-03-01T10:30:00", "{}")]
    [InlineData("@T10:30", "@T10:30:00", "{}")]
    [InlineData("@2018-03-01T10:30:00", "@2018-03-01T10:30:00.0", "0")]
    [InlineData("@T10:30:00", "@T10:30:00.0", "0")]
    [InlineData("@2017-11-05T01:30:00.0-04:00", "@2017-11-05T01:15:00.0-05:00", "-1")]
    [InlineData("@2018-01-01T16:00:00+12:00", "@2018-01-01T15:00:00.0+10:00", "-1")]
    [InlineData("@2025-06-01T10:00:00.000+10:00", "@1974-12-25", "1")]
    [InlineData("@2025-06-01T10:00:00.000+10:00", "@2025-06-01", "{}")]
    [InlineData("@2001-05-05T10:00:00.000Z", "@2001-05-06T10:10:10.999Z", "-1")]
    [InlineData("185 '[lb_av]'", "200 '[lb_av]'", "-1")]
    [InlineData("185 '[lb_av]'", "100 'kg'", "-1")]
    [InlineData("6 days", "1 week", "-1")]
    [InlineData("8 days", "1 week", "1")]
    [InlineData("6 months", "1 year", "-1")]
    [InlineData("10 seconds", "1 's'", "1")]
    [InlineData("1 year", "1 'a'", "{}")]
    [InlineData("4 'm'", "4 'cm'", "1")]
    [InlineData("1 'cm'", "1 'g'", "{}")]
    public void Compare_SuiteAndSpecCases_MatchExpected(string left, string right, string expected) =>
        TestValues.Format(SystemValueComparer.Compare(TestValues.Parse(left), TestValues.Parse(right))).Should().Be(expected);

    [Theory]
    [InlineData("185.0", "'test'")]
    [InlineData("true", "false")]
    [InlineData("@2014-12-12", "@T10:00")]
    [InlineData("@2014-12-12", "1")]
    [InlineData("'a'", "1 'g'")]
    public void Compare_TypesThatCannotBeOrdered_ThrowsWrongOperandType(string left, string right)
    {
        var act = () => SystemValueComparer.Compare(TestValues.Parse(left), TestValues.Parse(right));

        act.Should().Throw<FhirPathException>().Which.Code.Should().Be(FhirPathErrorCodes.WrongOperandType);
    }
}
