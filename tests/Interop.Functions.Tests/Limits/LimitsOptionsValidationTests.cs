using Interop.Functions.Limits;

namespace Interop.Functions.Tests.Limits;

public sealed class LimitsOptionsValidationTests
{
    private readonly InteropLimitsOptionsValidator _validator = new();

    [Fact]
    public void Validate_Defaults_SucceedWithDocumentedValues()
    {
        var options = new InteropLimitsOptions();

        _validator.Validate(null, options).Succeeded.Should().BeTrue();
        options.MaxBodyBytes.Should().Be(10 * 1024 * 1024);
        options.RequestTimeout.Should().Be(TimeSpan.FromSeconds(30));
        options.PermitsPerSecond.Should().Be(100);
        options.Burst.Should().Be(200);
    }

    [Theory]
    [InlineData(0, 30, 100, 200, "MaxBodyBytes")]
    [InlineData(1024, 0, 100, 200, "RequestTimeout")]
    [InlineData(1024, 601, 100, 200, "RequestTimeout")]
    [InlineData(1024, 30, 0, 200, "PermitsPerSecond")]
    [InlineData(1024, 30, 100, 99, "Burst")]
    public void Validate_BadLimit_FailsNamingIt(long maxBodyBytes, int timeoutSeconds, int permitsPerSecond, int burst, string named)
    {
        var options = new InteropLimitsOptions
        {
            MaxBodyBytes = maxBodyBytes,
            RequestTimeout = TimeSpan.FromSeconds(timeoutSeconds),
            PermitsPerSecond = permitsPerSecond,
            Burst = burst,
        };

        var result = _validator.Validate(null, options);

        result.Failures.Should().ContainSingle().Which.Should().StartWith("Interop:Limits:" + named);
    }
}
