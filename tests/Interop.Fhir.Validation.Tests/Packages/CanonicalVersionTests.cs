using Interop.Fhir.Validation.Packages;

namespace Interop.Fhir.Validation.Tests.Packages;

public sealed class CanonicalVersionTests
{
    [Theory]
    [InlineData("2.10.0", "2.9.1")]
    [InlineData("2.0.0", "2.0.0-ballot")]
    [InlineData("2.0.0-ballot.2", "2.0.0-ballot.1")]
    [InlineData("1.1", "1.0.9")]
    [InlineData("1.0.1", "1.0")]
    [InlineData("0.1", null)]
    [InlineData("b", "a")]
    public void Compare_NewerFirst_IsPositive(string newer, string? older)
    {
        CanonicalVersion.Compare(newer, older).Should().BePositive();
        CanonicalVersion.Compare(older, newer).Should().BeNegative();
    }

    [Theory]
    [InlineData("4.0.1", "4.0.1")]
    [InlineData(null, null)]
    public void Compare_Same_IsZero(string? x, string? y)
    {
        CanonicalVersion.Compare(x, y).Should().Be(0);
    }
}
