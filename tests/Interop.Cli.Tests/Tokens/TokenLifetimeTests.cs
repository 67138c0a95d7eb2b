using Interop.Cli.Tokens;

namespace Interop.Cli.Tests.Tokens;

public sealed class TokenLifetimeTests
{
    [Theory]
    [InlineData("90s", 90)]
    [InlineData("30m", 1800)]
    [InlineData("1h", 3600)]
    [InlineData("1d", 86400)]
    [InlineData("01:30:00", 5400)]
    public void TryParse_Duration_ReadsSeconds(string text, int seconds)
    {
        TokenLifetime.TryParse(text, out var lifetime).Should().BeTrue();

        lifetime.Should().Be(TimeSpan.FromSeconds(seconds));
    }

    [Theory]
    [InlineData("")]
    [InlineData("h")]
    [InlineData("0m")]
    [InlineData("-5m")]
    [InlineData("2d")]
    [InlineData("1y")]
    [InlineData("99999999999h")]
    public void TryParse_NotAUsableDuration_IsFalse(string text)
    {
        TokenLifetime.TryParse(text, out _).Should().BeFalse();
    }
}
