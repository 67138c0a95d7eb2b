using Interop.Fhir.FhirPath;
using Interop.Fhir.R4;
using Interop.Fhir.Validation.Tests.Packages;
using Interop.Fhir.Validation.Validation;

namespace Interop.Fhir.Validation.Tests.Validation;

/// <summary>ele-1 answered from the model gives what its FHIRPath gives, and still reports an empty element.</summary>
public sealed class ElementContentRuleTests
{
    private const string Ele1 = "hasValue() or (children().count() > id.count())";

    public static TheoryData<string, bool> Elements => new()
    {
        { "primitive with a value", true },
        { "primitive with only an extension", true },
        { "primitive with only an id", false },
        { "empty primitive", false },
        { "complex with a child", true },
        { "complex with only an id", false },
        { "complex with an empty list", false },
        { "empty complex", false },
    };

    [Theory]
    [MemberData(nameof(Elements))]
    public void Holds_Element_AnswersAsItsFhirPath(string name, bool expected)
    {
        var element = Element(name);

        var fhirPath = new FhirPathCompiler(Interop.Fhir.R4.FhirModel.Instance).Compile(Ele1).Evaluate(element, FhirPathEnvironment.Default);

        ElementContentRule.Holds(element).Should().Be(expected);
        fhirPath.Should().Equal(expected);
    }

    [Theory]
    [InlineData("hasValue() or (children().count() > id.count())", true)]
    [InlineData("hasValue() | (children().count() > id.count())", true)]
    [InlineData("hasValue() or children().exists()", false)]
    public void Is_Expression_MatchesOnlyTheCoreRule(string expression, bool expected) =>
        ElementContentRule.Is(expression).Should().Be(expected);

    [Fact]
    public void Validate_EmptyElement_ReportsEle1AtIt()
    {
        var patient = new Patient { MaritalStatus = new CodeableConcept { Id = "a" } };

        var issues = new FhirValidator(Stores.R4Core).Validate(patient).Issues;

        issues.Should().Contain(i => i.Code == ValidationCodes.InvariantFailed && i.Expression == "Patient.maritalStatus" && i.Message.StartsWith("ele-1", StringComparison.Ordinal));
    }

    private static Base Element(string name) => name switch
    {
        "primitive with a value" => new FhirString("x"),
        "primitive with only an extension" => new FhirString { Extension = [new Extension { Url = "https://example.org/x", Value = new FhirString("x") }] },
        "primitive with only an id" => new FhirString { Id = "a" },
        "empty primitive" => new FhirString(),
        "complex with a child" => new CodeableConcept { Text = new FhirString("x") },
        "complex with only an id" => new CodeableConcept { Id = "a" },
        "complex with an empty list" => new CodeableConcept { Coding = [] },
        _ => new CodeableConcept(),
    };
}
