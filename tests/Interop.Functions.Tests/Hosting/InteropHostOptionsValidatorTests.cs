using Interop.Functions.Hosting;

namespace Interop.Functions.Tests.Hosting;

public sealed class InteropHostOptionsValidatorTests
{
    private readonly InteropHostOptionsValidator _validator = new();

    [Fact]
    public void Validate_Defaults_Succeeds()
    {
        _validator.Validate(null, new InteropHostOptions()).Succeeded.Should().BeTrue();
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080")]
    [InlineData("https://interop.nhs.example/")]
    [InlineData("https://interop.nhs.example/gateway")]
    public void Validate_HttpOrHttpsBaseUrl_Succeeds(string url)
    {
        _validator.Validate(null, new InteropHostOptions { PublicBaseUrl = url }).Succeeded.Should().BeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("/relative")]
    [InlineData("file:///etc/passwd")]
    [InlineData("https://interop.nhs.example/#top")]
    public void Validate_UnusableBaseUrl_FailsNamingTheSetting(string url)
    {
        var result = _validator.Validate(null, new InteropHostOptions { PublicBaseUrl = url });

        result.Failed.Should().BeTrue();
        result.Failures.Should().ContainSingle().Which.Should().Contain("Interop:Host:PublicBaseUrl");
    }

    [Fact]
    public void Validate_BlankSoftwareNameVersionAndDescription_FailsForEach()
    {
        var options = new InteropHostOptions { SoftwareName = " ", SoftwareVersion = "", Description = "" };

        var result = _validator.Validate(null, options);

        result.Failures.Should().HaveCount(3);
    }
}
