using Interop.Fhir.Validation.Nhs;

namespace Interop.Fhir.Validation.Tests.Nhs;

public sealed class NhsNumberTests
{
    [Theory]
    [InlineData("9449305552", true)]
    [InlineData("9000000009", true)]
    [InlineData("4857773456", false)]
    [InlineData("9912003890", false)]
    [InlineData("944930555", false)]
    [InlineData("94493055521", false)]
    [InlineData("94493O5552", false)]
    [InlineData("", false)]
    public void IsValid_Number_ChecksModulus11(string value, bool expected)
    {
        NhsNumber.IsValid(value).Should().Be(expected);
    }

    [Theory]
    [InlineData("A81001", true)]
    [InlineData("V81999", true)]
    [InlineData("FQW30", true)]
    [InlineData("RBT", true)]
    [InlineData("rbt", false)]
    [InlineData("AB", false)]
    [InlineData("A810012", false)]
    [InlineData("A8-001", false)]
    public void OdsCode_IsValid_ChecksFormat(string value, bool expected)
    {
        OdsCode.IsValid(value).Should().Be(expected);
    }
}
