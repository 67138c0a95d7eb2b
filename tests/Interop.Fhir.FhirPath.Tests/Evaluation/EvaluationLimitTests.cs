namespace Interop.Fhir.FhirPath.Tests.Evaluation;

/// <summary>An expression from configuration cannot hang or exhaust the engine.</summary>
public sealed class EvaluationLimitTests
{
    [Fact]
    public void Evaluate_EndlessRepeat_StopsAtStepLimit()
    {
        var environment = new FhirPathEnvironment { Limits = new FhirPathLimits { MaxSteps = 10_000 } };

        var act = () => TestResources.R4.Compile("1.repeatAll($this + 1)").Evaluate(null, environment);

        act.Should().Throw<FhirPathException>().Which.Code.Should().Be(FhirPathErrorCodes.StepLimit);
    }

    [Fact]
    public void Evaluate_LongRunningExpression_StopsAtTimeLimit()
    {
        var environment = new FhirPathEnvironment { Limits = new FhirPathLimits { MaxSteps = long.MaxValue, Timeout = TimeSpan.FromMilliseconds(50) } };

        var act = () => TestResources.R4.Compile("1.repeatAll($this + 1)").Evaluate(null, environment);

        act.Should().Throw<FhirPathException>().Which.Code.Should().Be(FhirPathErrorCodes.TimeLimit);
    }

    [Fact]
    public void Evaluate_NestingBeyondDepthLimit_Fails()
    {
        var environment = new FhirPathEnvironment { Limits = new FhirPathLimits { MaxDepth = 3 } };

        var act = () => TestResources.R4.Compile("Patient.name.where(given.where(exists(where(exists(where(true))))).exists())")
            .Evaluate(TestResources.R4Patient, environment);

        act.Should().Throw<FhirPathException>().Which.Code.Should().Be(FhirPathErrorCodes.DepthLimit);
    }

    [Fact]
    public void Evaluate_WithinLimits_Answers()
    {
        var environment = new FhirPathEnvironment { Limits = new FhirPathLimits { MaxSteps = 10_000 } };

        TestResources.R4.Compile("Patient.name.given.count()").Evaluate(TestResources.R4Patient, environment).Should().Equal(5);
    }
}
