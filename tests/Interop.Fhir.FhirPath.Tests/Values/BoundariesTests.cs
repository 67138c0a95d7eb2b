using Interop.Fhir.FhirPath.Values;

namespace Interop.Fhir.FhirPath.Tests.Values;

public class BoundariesTests
{
    [Theory]
    [InlineData("1.587", null, "1.58650000")]
    [InlineData("1.587", 6, "1.586500")]
    [InlineData("1.587", 2, "1.58")]
    [InlineData("1.587", -1, "{}")]
    [InlineData("1.587", 0, "1")]
    [InlineData("1.587", 32, "{}")]
    [InlineData("-1.587", null, "-1.58750000")]
    [InlineData("-1.587", 6, "-1.587500")]
    [InlineData("-1.587", 2, "-1.59")]
    [InlineData("-1.587", -1, "{}")]
    [InlineData("-1.587", 0, "-2")]
    [InlineData("-1.587", 32, "{}")]
    [InlineData("1.587", 39, "{}")]
    [InlineData("1.0", null, "0.95000000")]
    [InlineData("1", null, "0.50000000")]
    [InlineData("1", 0, "0")]
    [InlineData("1", 5, "0.50000")]
    [InlineData("12.587", 2, "12.58")]
    [InlineData("12.500", 4, "12.4995")]
    [InlineData("120", 2, "119.50")]
    [InlineData("-120", 2, "-120.50")]
    [InlineData("0.0034", 1, "0.0")]
    [InlineData("-0.0034", 1, "0.0")]
    [InlineData("1.587 'cm'", 8, "1.58650000 'cm'")]
    [InlineData("@2014", 6, "@2014-01")]
    [InlineData("@2014", null, "@2014-01-01")]
    [InlineData("@2014", 5, "{}")]
    [InlineData("@2014", 10, "{}")]
    [InlineData("@2014-01-01T08", 17, "@2014-01-01T08:00:00.000+14:00")]
    [InlineData("@2014-01-01T08:05+08:00", 17, "@2014-01-01T08:05:00.000+08:00")]
    [InlineData("@2014-01-01T08", 8, "@2014-01-01")]
    [InlineData("@2001-05-06T", null, "@2001-05-06T00:00:00.000+14:00")]
    [InlineData("@T10:30", 9, "@T10:30:00.000")]
    [InlineData("@T10:30", null, "@T10:30:00.000")]
    [InlineData("@T10:30", 8, "{}")]
    public void LowBoundary_SuiteCases_MatchExpected(string value, int? precision, string expected) =>
        TestValues.Format(Boundaries.LowBoundary(TestValues.Parse(value), precision)).Should().Be(expected);

    [Theory]
    [InlineData("1.587", null, "1.58750000")]
    [InlineData("1.587", 2, "1.59")]
    [InlineData("1.587", 6, "1.587500")]
    [InlineData("1.587", -1, "{}")]
    [InlineData("-1.587", null, "-1.58650000")]
    [InlineData("-1.587", 2, "-1.58")]
    [InlineData("-1.587", 6, "-1.586500")]
    [InlineData("1.587", 39, "{}")]
    [InlineData("1", null, "1.50000000")]
    [InlineData("1", 0, "2")]
    [InlineData("1", 5, "1.50000")]
    [InlineData("12.587", 2, "12.59")]
    [InlineData("12.500", 4, "12.5005")]
    [InlineData("120", 2, "120.50")]
    [InlineData("0.0034", 1, "0.0")]
    [InlineData("1.587", 8, "1.58750000")]
    [InlineData("1.587 'm'", 8, "1.58750000 'm'")]
    [InlineData("@2014", 6, "@2014-12")]
    [InlineData("@2016-02", null, "@2016-02-29")]
    [InlineData("@2014-01-01T08", 17, "@2014-01-01T08:00:59.999-12:00")]
    [InlineData("@2014-01-01T08:05-05:00", 17, "@2014-01-01T08:05:59.999-05:00")]
    [InlineData("@2001-05-06T10:10:10Z", null, "@2001-05-06T10:10:10.999Z")]
    [InlineData("@T10:30", 9, "@T10:30:59.999")]
    [InlineData("@T10", 9, "@T10:59:59.999")]
    public void HighBoundary_SuiteCases_MatchExpected(string value, int? precision, string expected) =>
        TestValues.Format(Boundaries.HighBoundary(TestValues.Parse(value), precision)).Should().Be(expected);

    [Fact]
    public void Boundaries_PeriodInvariant_StartLowIsBeforeEndHigh()
    {
        var start = Boundaries.LowBoundary(TestValues.Parse("@2001-05-06T"), null)!;
        var end = Boundaries.HighBoundary(TestValues.Parse("@2001-05-06T10:10:10Z"), null)!;

        SystemValueComparer.Compare(start, end).Should().BeNegative();
    }

    [Theory]
    [InlineData("1.58700", 5)]
    [InlineData("100", 0)]
    [InlineData("@2014", 4)]
    [InlineData("@2014-01-05", 8)]
    [InlineData("@2014-01-05T10:30:00.000", 17)]
    [InlineData("@2014-01-05T10", 10)]
    [InlineData("@T10:30", 4)]
    [InlineData("@T10:30:00.000", 9)]
    public void Precision_Values_CountDigits(string value, int expected) =>
        Boundaries.Precision(TestValues.Parse(value)).Should().Be(expected);

    [Fact]
    public void Precision_String_IsNull() => Boundaries.Precision("abc").Should().BeNull();

    [Theory]
    [InlineData("1 'cm'", "1 '[in_i]'", "true")]
    [InlineData("1 'cm'", "1 '[s]'", "false")]
    [InlineData("1 'cm'", "1 's'", "false")]
    [InlineData("1 'mg'", "2 'mg'", "true")]
    [InlineData("2 '1'", "3", "true")]
    [InlineData("1", "2", "true")]
    [InlineData("1 year", "1 'a'", "false")]
    [InlineData("23 'Cel'", "73.4 '[degF]'", "false")]
    [InlineData("'a'", "1 'cm'", "{}")]
    public void Comparable_Quantities_MatchExpected(string left, string right, string expected) =>
        TestValues.Format(Boundaries.Comparable(TestValues.Parse(left), TestValues.Parse(right))).Should().Be(expected);
}
