using Interop.Cli.Conformance.FhirPath;

namespace Interop.Fhir.FhirPath.Tests.Conformance;

/// <summary>HL7's R4 FHIRPath suite (<c>tests-fhir-r4.xml</c>), one test case per suite test.</summary>
public sealed class OfficialSuiteTests
{
    public static TheoryData<string> Ids => [.. OfficialSuite.Ids];

    [SuiteTheory]
    [MemberData(nameof(Ids))]
    public void SuiteTest_OverItsInput_GivesTheExpectedOutcome(string id)
    {
        var outcome = OfficialSuite.Runner.Run(OfficialSuite.Test(id));

        outcome.Status.Should().Be(TestStatus.Passed, "{0} ({1})", outcome.Reason, outcome.Detail);
    }

    [SuiteTheory]
    [MemberData(nameof(Ids))]
    public void SuiteTest_OverItsInputInTheOtherFormat_GivesTheExpectedOutcome(string id)
    {
        var outcome = OfficialSuite.OtherFormatRunner.Run(OfficialSuite.Test(id));

        outcome.Status.Should().Be(TestStatus.Passed, "{0} ({1})", outcome.Reason, outcome.Detail);
    }

    [Fact]
    public void WholeSuite_SkippedCountedAsNotPassed_AtLeast98PercentPass()
    {
        var outcome = new SuiteOutcome(FhirPathTestSuite.R4Name, [.. OfficialSuite.Tests.Select(OfficialSuite.Runner.Run)]);

        outcome.PassRatio.Should().BeGreaterThanOrEqualTo(
            SuiteOutcome.RequiredPassRatio, "{0}/{1} passed, {2} skipped", outcome.Passed, outcome.Total, outcome.Skipped);
    }
}
