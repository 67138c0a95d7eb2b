using Interop.Cli.Conformance.FhirPath;
using Interop.Fhir.FhirPath;

namespace Interop.Cli.Tests.Conformance.FhirPath;

public sealed class FhirPathTestSuiteTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public void Load_TestsWithEveryAttribute_ReadsOptionsOutputsAndExpectedErrors()
    {
        var tests = Load("""
            <tests name="FHIRPathTestSuite">
              <group name="g1">
                <!-- <test name="commented">...</test> is not a test -->
                <test name="plain" inputfile="patient-example.xml"><expression>name.given</expression>
                  <output type="string">Peter</output><output>James</output></test>
                <test name="strictOnTest" inputfile="patient-example.xml" mode="strict" checkOrderedFunctions="true">
                  <expression invalid="semantic">name.given1</expression></test>
              </group>
              <group name="g2">
                <test name="strictOnExpression"><expression mode="strict" invalid="execution">iif('x', 1, 2)</expression></test>
                <test name="flags" predicate="true" ordered="false"><expression invalid="syntax">2 +</expression></test>
              </group>
            </tests>
            """);

        tests.Select(t => (t.Id, t.Group, t.InputFile, t.Strict, t.CheckOrderedFunctions, t.Predicate, t.Ordered, t.Invalid)).Should().Equal(
            ("plain", "g1", "patient-example.xml", false, false, false, true, (FhirPathErrorKind?)null),
            ("strictOnTest", "g1", "patient-example.xml", true, true, false, true, FhirPathErrorKind.Semantic),
            ("strictOnExpression", "g2", null, true, false, false, true, FhirPathErrorKind.Execution),
            ("flags", "g2", null, false, false, true, false, FhirPathErrorKind.Syntax));
        tests[0].Expression.Should().Be("name.given");
        tests[0].Outputs.Should().Equal(new ExpectedOutput("string", "Peter"), new ExpectedOutput(null, "James"));
    }

    [Fact]
    public void Load_RepeatedTestName_GetsAnOccurrenceSuffix()
    {
        var tests = Load("""
            <tests><group name="g"><test name="t"><expression>1</expression></test><test name="t"><expression>2</expression></test></group></tests>
            """);

        tests.Select(t => t.Id).Should().Equal("t", "t#2");
    }

    [Fact]
    public void Load_UnknownInvalidKind_Throws()
    {
        var load = () => Load("""<tests><group name="g"><test name="t"><expression invalid="maybe">1</expression></test></group></tests>""");

        load.Should().Throw<InvalidDataException>();
    }

    public void Dispose() => _folder.Dispose();

    private IReadOnlyList<FhirPathTestCase> Load(string xml) => FhirPathTestSuite.Load(_folder.Write("tests.xml", xml));
}
