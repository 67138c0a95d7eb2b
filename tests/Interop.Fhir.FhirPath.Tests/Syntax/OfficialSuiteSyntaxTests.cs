using System.Xml.Linq;
using Interop.Fhir.FhirPath.Syntax;
using Interop.Testing;

namespace Interop.Fhir.FhirPath.Tests.Syntax;

/// <summary>Every expression of HL7's R4 FHIRPath suite parses unless the suite calls it a syntax error.</summary>
public sealed class OfficialSuiteSyntaxTests
{
    public static TheoryData<string, string> WellFormed() => Expressions(syntaxError: false);

    public static TheoryData<string, string> Malformed() => Expressions(syntaxError: true);

    [Theory]
    [MemberData(nameof(WellFormed))]
    public void Parse_SuiteExpression_Parses(string test, string expression)
    {
        var act = () => FhirPathParser.Parse(expression);

        act.Should().NotThrow(test);
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Parse_SuiteSyntaxError_ThrowsSyntaxError(string test, string expression)
    {
        var act = () => FhirPathParser.Parse(expression);

        act.Should().Throw<FhirPathException>(test).Which.Kind.Should().Be(FhirPathErrorKind.Syntax);
    }

    private static TheoryData<string, string> Expressions(bool syntaxError)
    {
        var suite = XDocument.Load(SharedFiles.Path("fhir-test-cases", "r4", "fhirpath", "tests-fhir-r4.xml"));
        var data = new TheoryData<string, string>();
        foreach (var test in suite.Descendants("test"))
        {
            var expression = test.Element("expression");
            if (expression is not null && ((string?)expression.Attribute("invalid") == "syntax") == syntaxError)
            {
                data.Add((string?)test.Attribute("name") ?? "(unnamed)", expression.Value);
            }
        }

        return data;
    }
}
