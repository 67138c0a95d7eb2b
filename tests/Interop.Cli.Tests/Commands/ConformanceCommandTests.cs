namespace Interop.Cli.Tests.Commands;

public sealed class ConformanceCommandTests : IDisposable
{
    private readonly TempDirectory _packages = new();
    private readonly TempDirectory _shared = new();

    [Fact]
    public void RoundTrip_PackageOfGoodResources_PassesAndSkipsManifest()
    {
        _packages.Write("hl7.fhir.r4.examples/package/Patient-example.json", Resources.PatientJson);
        _packages.Write("hl7.fhir.r4.examples/package/package.json", """{ "name": "hl7.fhir.r4.examples" }""");

        var run = RoundTrip("r4-json", "r4-json-xml-json");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Output.Should().Contain("r4-json: 1/1 passed").And.Contain("r4-json-xml-json: 1/1 passed")
            .And.Contain("  SKIP r4-json package.json: ");
    }

    [Fact]
    public void RoundTrip_ResourceThatLosesContent_ReportsFailureWithPath()
    {
        _packages.Write("hl7.fhir.r4.examples/package/Patient-example.json", Resources.PatientJson);
        _packages.Write("hl7.fhir.r4.examples/package/Patient-lossy.json", Resources.PatientWithUnknownElementJson);

        var run = RoundTrip("r4-json");

        run.ExitCode.Should().Be(ExitCodes.Failure);
        run.Output.Should().Contain("r4-json: 1/2 passed").And.Contain("  FAIL r4-json Patient-lossy.json: ");
    }

    [Fact]
    public void RoundTrip_SharedXmlThatIsNotFhir_IsSkipped()
    {
        foreach (var folder in new[] { "fhir-test-cases/r4", "nhs/ukcore-r4", "nhs/bars-r4", "nhs/gpconnect-update-record-stu3" })
        {
            Directory.CreateDirectory(Path.Combine(_shared.Path, folder));
        }

        _shared.Write("fhir-test-cases/r4/patch/tests.xml", "<tests/>");

        var run = RoundTrip("nhs-xml");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Output.Should().Contain("nhs-xml: 0/0 passed").And.Contain("  SKIP nhs-xml fhir-test-cases/r4/patch/tests.xml: ");
    }

    [Fact]
    public void RoundTrip_MissingPackageFolder_ExitsWithUsageError()
    {
        var run = RoundTrip("stu3-json");

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void RoundTrip_UnknownSuite_ExitsWithUsageError()
    {
        RoundTrip("r5-json").ExitCode.Should().Be(ExitCodes.Usage);
    }

    [Fact]
    public void FhirPath_SuiteWithAFailure_ReportsCountsAndTheFailureAndFails()
    {
        _shared.Write("fhir-test-cases/r4/patient.json", Resources.PatientJson);
        WriteFhirPathSuite("""
            <test name="given" inputfile="patient.json"><expression>Patient.name.given</expression>
              <output type="string">Peter</output><output type="string">James</output></test>
            <test name="wrong"><expression>'a'</expression><output type="string">b</output></test>
            <test name="syntax"><expression invalid="syntax">2 +</expression></test>
            """);

        var run = CliRun.Of("conformance", "fhirpath", "--shared", _shared.Path);

        run.ExitCode.Should().Be(ExitCodes.Failure);
        run.Output.Should().StartWith("fhirpath-r4: 2/3 passed (0 skipped)")
            .And.Contain("  FAIL wrong: 'a' — expected [string b], got [string a]");
    }

    [Fact]
    public void FhirPath_EveryTestPasses_Succeeds()
    {
        WriteFhirPathSuite("""
            <test name="sum"><expression>1 + 1</expression><output type="integer">2</output></test>
            <test name="predicate" predicate="true"><expression>'a' | 'b'</expression><output type="boolean">true</output></test>
            <test name="empty"><expression>{}</expression></test>
            """);

        var run = CliRun.Of("conformance", "fhirpath", "--shared", _shared.Path);

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Output.Should().Be(
            $"fhirpath-r4: 3/3 passed (0 skipped){Environment.NewLine}fhirpath-r4 (inputs in the other format): 3/3 passed (0 skipped){Environment.NewLine}");
    }

    [Fact]
    public void FhirPath_MissingSuiteFile_ExitsWithUsageError()
    {
        var run = CliRun.Of("conformance", "fhirpath", "--shared", _shared.Path);

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().Contain("tests-fhir-r4.xml");
    }

    public void Dispose()
    {
        _packages.Dispose();
        _shared.Dispose();
    }

    private void WriteFhirPathSuite(string tests) =>
        _shared.Write("fhir-test-cases/r4/fhirpath/tests-fhir-r4.xml", $"""<tests><group name="g">{tests}</group></tests>""");

    private CliRun RoundTrip(params string[] suites) => CliRun.Of(
        ["conformance", "roundtrip", "--packages", _packages.Path, "--shared", _shared.Path, .. suites.SelectMany(s => new[] { "--suite", s })]);
}
