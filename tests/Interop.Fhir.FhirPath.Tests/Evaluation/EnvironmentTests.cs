namespace Interop.Fhir.FhirPath.Tests.Evaluation;

/// <summary>Environment variables, tracing and the services behind memberOf() and conformsTo().</summary>
public sealed class EnvironmentTests
{
    [Theory]
    [InlineData("%ucum", "http://unitsofmeasure.org")]
    [InlineData("%sct", "http://snomed.info/sct")]
    [InlineData("%loinc", "http://loinc.org")]
    [InlineData("%`vs-administrative-gender`", "http://hl7.org/fhir/ValueSet/administrative-gender")]
    [InlineData("%`ext-patient-birthTime`", "http://hl7.org/fhir/StructureDefinition/patient-birthTime")]
    public void Evaluate_BuiltInVariable_IsItsUrl(string expression, string expected)
    {
        TestResources.R4.Compile(expression).Evaluate(null).Should().Equal(expected);
    }

    [Fact]
    public void Evaluate_UserVariable_IsSupplied()
    {
        var environment = new FhirPathEnvironment
        {
            Variables = new Dictionary<string, IReadOnlyList<object>> { ["sender"] = ["FQW30"] },
        };

        TestResources.R4.Compile("%sender = 'FQW30'").Evaluate(null, environment).Should().Equal(true);
    }

    [Fact]
    public void Evaluate_UndefinedVariable_Fails()
    {
        var act = () => TestResources.R4.Compile("%nowhere").Evaluate(null);

        act.Should().Throw<FhirPathException>().Which.Code.Should().Be(FhirPathErrorCodes.UnknownVariable);
    }

    [Fact]
    public void Evaluate_ResourceAndContext_AreTheInputUnlessGiven()
    {
        var patient = TestResources.R4Patient;

        TestResources.R4.Compile("%resource.id = %context.id and %rootResource.id = id").Evaluate(patient).Should().Equal(true);
    }

    [Fact]
    public void Evaluate_Trace_ReportsNamedValues()
    {
        var traced = new List<(string Name, int Count)>();
        var environment = new FhirPathEnvironment { Trace = (name, items) => traced.Add((name, items.Count)) };

        var result = TestResources.R4.Compile("Patient.name.trace('names').given.trace('given', $this.length())").Evaluate(TestResources.R4Patient, environment);

        result.Should().HaveCount(5);
        traced.Should().Equal(("names", 3), ("given", 5));
    }

    [Fact]
    public void Evaluate_MemberOfWithoutTerminology_FailsWithServiceUnavailable()
    {
        var act = () => TestResources.R4.Compile("Patient.gender.memberOf(%`vs-administrative-gender`)").Evaluate(TestResources.R4Patient);

        act.Should().Throw<FhirPathException>().Which.Code.Should().Be(FhirPathErrorCodes.ServiceUnavailable);
    }

    [Fact]
    public void Evaluate_MemberOfWithTerminology_AsksIt()
    {
        var environment = new FhirPathEnvironment { Terminology = new GenderTerminology() };

        TestResources.R4.Compile("Patient.gender.memberOf(%`vs-administrative-gender`)").Evaluate(TestResources.R4Patient, environment)
            .Should().Equal(true);
    }

    private sealed class GenderTerminology : IValueSetMembership
    {
        public bool? MemberOf(object coded, string valueSetUrl) =>
            valueSetUrl == "http://hl7.org/fhir/ValueSet/administrative-gender" && coded is IPrimitive { RawValue: "male" or "female" or "other" or "unknown" };
    }
}
