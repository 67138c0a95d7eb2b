using Interop.Engine.Validation;

namespace Interop.Engine.Tests.Pipeline;

public sealed class ValidationOptionsValidatorTests
{
    [Fact]
    public void Validate_CoreOnly_Succeeds()
    {
        new ValidationOptionsValidator().Validate(null, new ValidationOptions()).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Validate_PackageCacheWithoutCorePackages_FailsNamingTheFix()
    {
        var result = new ValidationOptionsValidator().Validate(null, new ValidationOptions { PackageCache = Path.Combine(Path.GetTempPath(), "flow-validate-no-cache") });

        result.Failed.Should().BeTrue();
        result.Failures.Should().HaveCount(2).And.AllSatisfy(f => f.Should().Contain("core package is not installed").And.Contain("Interop:Validation:Enabled"));
    }

    [Fact]
    public void Validate_MissingPackageAndRelativeProfile_FailsForEach()
    {
        var options = new ValidationOptions { Stu3 = { Packages = ["/no/such/package"], Profiles = { ["ITK014M"] = ["ITK-Message-Bundle-1"] } } };

        var failures = new ValidationOptionsValidator().Validate(null, options).Failures;

        failures.Should().BeEquivalentTo(
            "Interop:Validation:STU3:Packages names '/no/such/package', which does not exist.",
            "Interop:Validation:STU3:Profiles:ITK014M has 'ITK-Message-Bundle-1', which is not an absolute URL.");
    }

    [Fact]
    public void Validate_SwitchedOffWithoutPackages_Succeeds()
    {
        var options = new ValidationOptions { Enabled = false, PackageCache = "/no/such/cache" };

        new ValidationOptionsValidator().Validate(null, options).Succeeded.Should().BeTrue();
    }
}
