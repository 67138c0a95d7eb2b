using Interop.Cli.Conformance.Validator;

namespace Interop.Cli.Tests.Conformance.Validator;

public sealed class ValidatorTestSuiteTests : IDisposable
{
    private readonly SuiteFolder _suite = SuiteFolder.Create();

    [Fact]
    public void LoadR4_ManifestWithEveryRule_SelectsOnlyR4CasesOfTheModulesWithAnExpectation()
    {
        var cases = ValidatorTestSuite.LoadR4(ValidatorTestSuite.ManifestFile(_suite.Shared));

        cases.Select(c => c.Name).Should().Equal("bad-syntax", "missing-input");
    }

    [Fact]
    public void LoadR4_OutcomeFile_CountsErrorsAndFatalsAndKeepsTheirFirstLines()
    {
        var badSyntax = ValidatorTestSuite.LoadR4(ValidatorTestSuite.ManifestFile(_suite.Shared))[0];

        badSyntax.Expected.ErrorCount.Should().Be(1);
        badSyntax.Expected.Errors.Should().Equal("Error parsing JSON");
        badSyntax.Firely!.ErrorCount.Should().Be(2);
    }

    [Fact]
    public void LoadR4_InlineExpectation_TakesItsErrorCount()
    {
        var missingInput = ValidatorTestSuite.LoadR4(ValidatorTestSuite.ManifestFile(_suite.Shared))[1];

        missingInput.Expected.IsValid.Should().BeTrue();
        missingInput.Firely.Should().BeNull();
    }

    public void Dispose() => _suite.Dispose();
}
