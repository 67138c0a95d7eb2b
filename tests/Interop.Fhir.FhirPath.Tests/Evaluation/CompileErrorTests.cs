namespace Interop.Fhir.FhirPath.Tests.Evaluation;

/// <summary>Meaningless expressions fail when compiled, with a stable code and where the problem is.</summary>
public sealed class CompileErrorTests
{
    [Theory]
    [InlineData("Patient.name.foo()", FhirPathErrorCodes.UnknownFunction, 13)]
    [InlineData("Patient.name.first(1)", FhirPathErrorCodes.WrongArgumentCount, 13)]
    [InlineData("Patient.name.where()", FhirPathErrorCodes.WrongArgumentCount, 13)]
    [InlineData("@1974-12-25 + 7", FhirPathErrorCodes.WrongArgumentType, 12)]
    [InlineData("Observation.valueQuantity", FhirPathErrorCodes.UnknownElement, 12)]
    public void Compile_SemanticError_FailsWithCodeAndPosition(string expression, string code, int position)
    {
        var act = () => TestResources.R4.Compile(expression);

        var error = act.Should().Throw<FhirPathException>().Which;
        error.Code.Should().Be(code);
        error.Kind.Should().Be(FhirPathErrorKind.Semantic);
        error.Position.Should().Be(position);
    }

    [Theory]
    [InlineData("name.given1")]
    [InlineData("Encounter.status")]
    [InlineData("(Observation.value as Period).unit")]
    [InlineData("name.given.family")]
    public void Compile_StrictUnknownElement_Fails(string expression)
    {
        var options = new FhirPathCompileOptions { Strict = true, ContextType = "Patient" };
        if (expression.StartsWith('('))
        {
            options = options with { ContextType = "Observation" };
        }

        var act = () => TestResources.R4.Compile(expression, options);

        act.Should().Throw<FhirPathException>().Which.Code.Should().Be(FhirPathErrorCodes.UnknownElement);
    }

    [Theory]
    [InlineData("name.given1")]
    [InlineData("Encounter.status")]
    public void Compile_LenientUnknownElement_EvaluatesToEmpty(string expression)
    {
        TestResources.R4.Compile(expression).Evaluate(TestResources.R4Patient).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Patient.name.ofType(Nonsense)", 13)]
    [InlineData("Patient.name is FHIR.Nonsense", 13)]
    public void Compile_UnknownType_FailsWhenStrictElseWhenEvaluated(string expression, int position)
    {
        var strict = () => TestResources.R4.Compile(expression, new FhirPathCompileOptions { Strict = true });
        var lenient = () => TestResources.R4.Compile(expression).Evaluate(TestResources.R4Patient);

        strict.Should().Throw<FhirPathException>().Which.Should().Match<FhirPathException>(e => e.Code == FhirPathErrorCodes.UnknownType && e.Position == position);
        lenient.Should().Throw<FhirPathException>().Which.Code.Should().Be(FhirPathErrorCodes.UnknownTypeAtRuntime);
    }

    [Fact]
    public void Compile_OrderDependentFunctionOnUnorderedCollection_FailsWhenChecked()
    {
        var options = new FhirPathCompileOptions { Strict = true, ContextType = "Patient", CheckOrderedFunctions = true };

        var act = () => TestResources.R4.Compile("Patient.children().first()", options);

        act.Should().Throw<FhirPathException>().Which.Code.Should().Be(FhirPathErrorCodes.UnorderedCollection);
    }

    [Fact]
    public void Compile_StrictNonBooleanIifCriterion_Fails()
    {
        var act = () => TestResources.R4.Compile("iif('yes', 1, 2)", new FhirPathCompileOptions { Strict = true });

        act.Should().Throw<FhirPathException>().Which.Code.Should().Be(FhirPathErrorCodes.WrongArgumentType);
    }
}
