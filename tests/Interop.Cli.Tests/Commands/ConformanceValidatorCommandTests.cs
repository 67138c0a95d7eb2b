using Interop.Cli.Tests.Conformance.Validator;

namespace Interop.Cli.Tests.Commands;

public sealed class ConformanceValidatorCommandTests : IDisposable
{
    private readonly SuiteFolder _suite = SuiteFolder.Create();

    [Fact]
    public void Validator_OneCaseAgreesOneInputMissing_ReportsHalfAndFails()
    {
        var run = CliRun.Of("conformance", "validator", "--packages", _suite.Packages, "--shared", _suite.Shared);

        run.ExitCode.Should().Be(ExitCodes.Failure);
        run.Output.Should().StartWith("validator-r4: 1/2 agree (")
            .And.Contain("  DIFF missing-input [general] missing.xml: expected 0 errors, input missing.xml is not in the suite folder")
            .And.Contain("firely-sdk-current on its 1 cases: agrees 1/1");
    }

    [Fact]
    public void Validator_NoCorePackage_ExitsWithUsageError()
    {
        var run = CliRun.Of("conformance", "validator", "--packages", Path.Combine(_suite.Packages, "none"), "--shared", _suite.Shared);

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Output.Should().BeEmpty();
    }

    public void Dispose() => _suite.Dispose();
}
