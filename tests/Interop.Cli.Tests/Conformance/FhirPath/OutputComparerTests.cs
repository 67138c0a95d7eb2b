using Interop.Cli.Conformance.FhirPath;

namespace Interop.Cli.Tests.Conformance.FhirPath;

public sealed class OutputComparerTests
{
    [Theory]
    [InlineData("date", "@1974-12-25", "date", "1974-12-25", true)]
    [InlineData("dateTime", "@2014-01-01T08:05:00.000+08:00", "dateTime", "2014-01-01T08:05:00.000+08:00", true)]
    [InlineData(null, "@T10:30:00.000", "time", "10:30:00.000", true)]
    [InlineData("date", "@1974-12-25", "date", "1974-12-26", false)]
    [InlineData("decimal", "1", "decimal", "1.0", true)]
    [InlineData(null, "1.58650000", "decimal", "1.5865", true)]
    [InlineData("integer", "2", "integer", "3", false)]
    [InlineData("code", "male", "code", "male", true)]
    [InlineData("code", "male", "string", "male", false)]
    [InlineData(null, "male", "code", "male", true)]
    [InlineData("string", "Peter", "string", "peter", false)]
    [InlineData("Quantity", "1 '1'", "Quantity", "1.0 '1'", true)]
    [InlineData(null, "1.58650000 'cm'", "Quantity", "1.5865 'cm'", true)]
    [InlineData(null, "1 'cm'", "Quantity", "1 'mm'", false)]
    [InlineData(null, "7 days", "Quantity", "7 days", true)]
    public void Matches_OneItem_ComparesTypeAndValueAsTheSuiteWritesThem(
        string? expectedType, string expectedValue, string actualType, string actualText, bool matches)
    {
        OutputComparer.Matches(new ExpectedOutput(expectedType, expectedValue), new ActualItem(actualType, actualText))
            .Should().Be(matches);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Matches_SameItemsInAnotherOrder_MatchOnlyWhenUnordered(bool ordered, bool matches)
    {
        ExpectedOutput[] expected = [new("string", "Peter"), new("string", "James")];
        ActualItem[] actual = [new("string", "James"), new("string", "Peter")];

        OutputComparer.Matches(expected, actual, ordered).Should().Be(matches);
    }

    [Fact]
    public void Matches_RepeatedItemUnordered_MustRepeatAsOften()
    {
        ExpectedOutput[] expected = [new("string", "Peter"), new("string", "Peter")];
        ActualItem[] actual = [new("string", "Peter"), new("string", "James")];

        OutputComparer.Matches(expected, actual, ordered: false).Should().BeFalse();
    }

    [Fact]
    public void Matches_MoreItemsThanExpected_DoesNotMatch()
    {
        OutputComparer.Matches([], [new ActualItem("boolean", "true")], ordered: true).Should().BeFalse();
    }
}
