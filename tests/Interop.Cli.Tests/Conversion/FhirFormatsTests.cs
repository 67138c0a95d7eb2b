using System.Text;
using Interop.Cli.Conversion;

namespace Interop.Cli.Tests.Conversion;

public sealed class FhirFormatsTests
{
    [Theory]
    [InlineData("<Patient/>", "Xml")]
    [InlineData(" \r\n\t<?xml version=\"1.0\"?><Patient/>", "Xml")]
    [InlineData("\uFEFF<Patient/>", "Xml")]
    [InlineData("{\"resourceType\":\"Patient\"}", "Json")]
    [InlineData("\n  {}", "Json")]
    [InlineData("", "Json")]
    public void Detect_FirstCharacter_ChoosesFormat(string content, string expected)
    {
        FhirFormats.Detect(Encoding.UTF8.GetBytes(content)).Should().Be(Enum.Parse<FhirFormat>(expected));
    }

    [Fact]
    public void Other_EachFormat_IsTheOtherOne()
    {
        FhirFormats.Other(FhirFormat.Json).Should().Be(FhirFormat.Xml);
        FhirFormats.Other(FhirFormat.Xml).Should().Be(FhirFormat.Json);
    }
}
