using Interop.Cli.Conformance.Validator;

namespace Interop.Fhir.Validation.Tests.Conformance;

/// <summary>HL7's validator suite (R4 cases of the modules the engine is held to), one test case per suite case.</summary>
public sealed class ValidatorSuiteTests
{
    public static TheoryData<string> Names => [.. ValidatorSuite.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void SuiteCase_Validated_AgreesWithTheReferenceOnValidity(string name)
    {
        var outcome = ValidatorSuite.Run(name);

        if (KnownDisagreements.ByName.TryGetValue(name, out var difference))
        {
            outcome.Agrees.Should().BeFalse("{0} is listed as a known disagreement ({1}): it agrees now, so take it off the list", name, difference);
            return;
        }

        outcome.Agrees.Should().BeTrue(
            "the reference finds {0} errors ({1}) and we found {2} ({3}){4}",
            outcome.Case.Expected.ErrorCount,
            string.Join("; ", outcome.Case.Expected.Errors),
            outcome.ErrorCount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none, as the case did not run",
            string.Join(", ", outcome.Errors),
            outcome.Failure is null ? "" : $": {outcome.Failure}");
    }

    [Fact]
    public void WholeSuite_Validated_AgreesWithTheReferenceOnAtLeastNinetyPercent()
    {
        var outcome = ValidatorSuite.RunAll();

        outcome.AgreementRatio.Should().BeGreaterThanOrEqualTo(0.9);
        outcome.MeetsGoal.Should().BeTrue();
    }

    [Fact]
    public void WholeSuite_OnTheCasesFirelyAnswers_AgreesMoreOftenThanFirely()
    {
        var outcome = ValidatorSuite.RunAll();

        outcome.FirelyCases.Count(o => o.Agrees).Should().BeGreaterThan(outcome.FirelyAgreed);
    }

    [Fact]
    public void LoadR4_Manifest_Selects281CasesWithAnExpectation()
    {
        var cases = ValidatorSuite.Cases;

        cases.Should().HaveCount(281);
        cases.Count(c => c.Expected.IsValid).Should().Be(162);
        cases.Select(c => c.Module).Distinct().Should().BeSubsetOf(ValidatorTestSuite.Modules);
    }

    [Fact]
    public void LoadR4_FirelyOutcomes_Agree91AndSameCount76Of122AsTheIssueStates()
    {
        var firely = ValidatorSuite.Cases.Where(c => c.Firely is not null).ToList();

        firely.Should().HaveCount(122);
        firely.Count(c => c.Firely!.IsValid == c.Expected.IsValid).Should().Be(91);
        firely.Count(c => c.Firely!.ErrorCount == c.Expected.ErrorCount).Should().Be(76);
    }
}
