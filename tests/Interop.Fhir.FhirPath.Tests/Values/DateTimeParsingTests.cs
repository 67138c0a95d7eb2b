using Interop.Fhir.FhirPath.Values;

namespace Interop.Fhir.FhirPath.Tests.Values;

public class DateTimeParsingTests
{
    [Theory]
    [InlineData("2015", DateTimePrecision.Year)]
    [InlineData("2015-02", DateTimePrecision.Month)]
    [InlineData("2015-02-28", DateTimePrecision.Day)]
    [InlineData("2016-02-29", DateTimePrecision.Day)]
    public void DateTryParse_ValidText_ReadsPrecisionAndRoundTrips(string text, DateTimePrecision precision)
    {
        FhirPathDate.TryParse(text, out var date).Should().BeTrue();
        date!.Precision.Should().Be(precision);
        date.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("15")]
    [InlineData("2015-13")]
    [InlineData("2015-00")]
    [InlineData("2015-02-29")]
    [InlineData("2015-02-30")]
    [InlineData("2015-2-3")]
    [InlineData("2015T")]
    [InlineData("2015-02-04T10:00")]
    [InlineData("0000")]
    [InlineData("2015-02-04x")]
    public void DateTryParse_InvalidText_ReturnsFalse(string text) =>
        FhirPathDate.TryParse(text, out _).Should().BeFalse();

    [Theory]
    [InlineData("2015T", DateTimePrecision.Year, "2015")]
    [InlineData("2015-02T", DateTimePrecision.Month, "2015-02")]
    [InlineData("2015-02-04T", DateTimePrecision.Day, "2015-02-04")]
    [InlineData("2015-02-04", DateTimePrecision.Day, "2015-02-04")]
    [InlineData("2015-02-04T14", DateTimePrecision.Hour, "2015-02-04T14")]
    [InlineData("2015-02-04T14:34", DateTimePrecision.Minute, "2015-02-04T14:34")]
    [InlineData("2015-02-04T14:34:28", DateTimePrecision.Second, "2015-02-04T14:34:28")]
    [InlineData("2015-02-04T14:34:28.123", DateTimePrecision.Millisecond, "2015-02-04T14:34:28.123")]
    [InlineData("2015-02-04T14:34:28.1", DateTimePrecision.Millisecond, "2015-02-04T14:34:28.100")]
    [InlineData("2015-02-04T14:34:28.123456Z", DateTimePrecision.Millisecond, "2015-02-04T14:34:28.123Z")]
    [InlineData("2015-02-04T14:34:28+00:00", DateTimePrecision.Second, "2015-02-04T14:34:28Z")]
    [InlineData("2015-02-04T14:34:28+10:00", DateTimePrecision.Second, "2015-02-04T14:34:28+10:00")]
    [InlineData("2015-02-04T14:34-05:30", DateTimePrecision.Minute, "2015-02-04T14:34-05:30")]
    public void DateTimeTryParse_ValidText_ReadsPrecisionAndWritesFhirForm(string text, DateTimePrecision precision, string written)
    {
        FhirPathDateTime.TryParse(text, out var dateTime).Should().BeTrue();
        dateTime!.Precision.Should().Be(precision);
        dateTime.ToString().Should().Be(written);
    }

    [Fact]
    public void DateTimeTryParse_FullInstant_ExposesComponents()
    {
        FhirPathDateTime.TryParse("2017-11-05T01:30:15.250-04:00", out var value).Should().BeTrue();

        (value!.Year, value.Month, value.Day, value.Hour, value.Minute, value.Second, value.Millisecond)
            .Should().Be((2017, 11, 5, 1, 30, 15, 250));
        value.Offset.Should().Be(TimeSpan.FromHours(-4));
    }

    [Theory]
    [InlineData("2015-02-30T10:00")]
    [InlineData("2015-02-04T24:00")]
    [InlineData("2015-02-04T10:60")]
    [InlineData("2015-02-04T10:00:60")]
    [InlineData("2015-02-04T10:00:00.")]
    [InlineData("2015-02-04T10:00+15:00")]
    [InlineData("2015-02-04T10:00+10")]
    [InlineData("2015-02T10:00")]
    [InlineData("2015-02-04 10:00")]
    [InlineData("2015-02-04T10:00Zx")]
    public void DateTimeTryParse_InvalidText_ReturnsFalse(string text) =>
        FhirPathDateTime.TryParse(text, out _).Should().BeFalse();

    [Theory]
    [InlineData("T14", DateTimePrecision.Hour, "14")]
    [InlineData("14:34", DateTimePrecision.Minute, "14:34")]
    [InlineData("T14:34:28", DateTimePrecision.Second, "14:34:28")]
    [InlineData("14:34:28.123", DateTimePrecision.Millisecond, "14:34:28.123")]
    public void TimeTryParse_WithOrWithoutLiteralT_ReadsTime(string text, DateTimePrecision precision, string written)
    {
        FhirPathTime.TryParse(text, out var time).Should().BeTrue();
        time!.Precision.Should().Be(precision);
        time.ToString().Should().Be(written);
    }

    [Theory]
    [InlineData("T14:34:28Z")]
    [InlineData("T14:34:28+10:00")]
    [InlineData("24:00")]
    [InlineData("T")]
    [InlineData("1")]
    public void TimeTryParse_OffsetOrOutOfRange_ReturnsFalse(string text) =>
        FhirPathTime.TryParse(text, out _).Should().BeFalse();

    [Fact]
    public void DateToDateTime_KeepsPrecisionWithoutTime()
    {
        FhirPathDate.TryParse("2014-01", out var date).Should().BeTrue();

        var dateTime = date!.ToDateTime();

        dateTime.Precision.Should().Be(DateTimePrecision.Month);
        dateTime.Hour.Should().BeNull();
        dateTime.ToString().Should().Be("2014-01");
    }
}
