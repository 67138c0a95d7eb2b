using Interop.Cli.Conformance;
using Interop.Cli.Conversion;
using Interop.Fhir.Serialization;

namespace Interop.Cli.Tests.Commands;

public sealed class ConvertCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Convert_JsonToXmlAndBack_ReproducesResource()
    {
        var json = _temp.Write("patient.json", Resources.PatientJson);
        var xml = Path.Combine(_temp.Path, "patient.xml");
        var back = Path.Combine(_temp.Path, "back.json");

        var toXml = CliRun.Of("convert", json, "--out", xml);
        var toJson = CliRun.Of("convert", xml, "--out", back);

        toXml.ExitCode.Should().Be(ExitCodes.Success);
        FhirFormats.Detect(File.ReadAllBytes(xml)).Should().Be(FhirFormat.Xml);
        toJson.ExitCode.Should().Be(ExitCodes.Success);
        JsonComparer.Compare(File.ReadAllBytes(json), File.ReadAllBytes(back)).Should().BeNull();
    }

    [Fact]
    public void Convert_WithoutOut_WritesOtherFormatToStandardOutput()
    {
        var json = _temp.Write("patient.json", Resources.PatientJson);

        var run = CliRun.Of("convert", json);

        run.ExitCode.Should().Be(ExitCodes.Success);
        FhirFormats.Detect(System.Text.Encoding.UTF8.GetBytes(run.Output)).Should().Be(FhirFormat.Xml);
    }

    [Fact]
    public void Convert_FormatSameAsInput_WritesEqualJson()
    {
        var json = _temp.Write("patient.json", Resources.PatientJson);

        var run = CliRun.Of("convert", json, "--format", "json");

        run.ExitCode.Should().Be(ExitCodes.Success);
        JsonComparer.Compare(Resources.PatientJson, run.Output).Should().BeNull();
    }

    [Fact]
    public void Convert_MissingFile_ExitsWithUsageError()
    {
        CliRun.Of("convert", Path.Combine(_temp.Path, "absent.json")).ExitCode.Should().Be(ExitCodes.Usage);
    }

    [Fact]
    public void Convert_UnknownFormat_ExitsWithUsageError()
    {
        var json = _temp.Write("patient.json", Resources.PatientJson);

        CliRun.Of("convert", json, "--format", "yaml").ExitCode.Should().Be(ExitCodes.Usage);
    }

    [Fact]
    public void Convert_InvalidResource_ReportsIssuesAndWritesNothing()
    {
        var json = _temp.Write("bad.json", Resources.UnknownTypeJson);
        var output = Path.Combine(_temp.Path, "bad.xml");

        var run = CliRun.Of("convert", json, "--out", output);

        run.ExitCode.Should().Be(ExitCodes.Failure);
        run.Error.Should().Contain(ParseIssueCodes.JsonUnknownResourceType);
        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public void Convert_Stu3OnlyResourceWithoutVersion_DetectsStu3()
    {
        var json = _temp.Write("procedure-request.json", Resources.Stu3ProcedureRequestJson);

        CliRun.Of("convert", json).ExitCode.Should().Be(ExitCodes.Success);
    }

    [Fact]
    public void Convert_Stu3OnlyResourceAsR4_FailsWithUnknownType()
    {
        var json = _temp.Write("procedure-request.json", Resources.Stu3ProcedureRequestJson);

        var run = CliRun.Of("convert", json, "--fhir-version", "r4");

        run.ExitCode.Should().Be(ExitCodes.Failure);
        run.Error.Should().Contain(ParseIssueCodes.JsonUnknownResourceType);
    }

    public void Dispose() => _temp.Dispose();
}
