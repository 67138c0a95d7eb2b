using Interop.Fhir.Validation.Validation;
using Interop.Fhir.Serialization;
using System.Text.Json;
using Interop.Cli.Validation;

namespace Interop.Cli.Tests.Commands;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly TempDirectory _files = new();

    [Fact]
    public void Validate_MalformedJson_PrintsOutcomeWithTheParserCodeAndFails()
    {
        var file = _files.Write("bad.json", """{ "resourceType": "Patient", """);

        var run = CliRun.Of("validate", file, "--fhir-version", "r4");

        run.ExitCode.Should().Be(ExitCodes.Failure);
        Codes(run.Output).Should().Contain("JSON100");
    }

    [Fact]
    public void Validate_ValidPatient_PrintsAnOutcomeWithoutErrorsAndSucceeds()
    {
        var file = _files.Write("patient.json", Resources.PatientJson);

        var run = CliRun.Of("validate", file);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Output);
        Severities(run.Output).Should().NotContain(["error", "fatal"]);
    }

    [Fact]
    public void Validate_OneGoodFileOneBad_PrintsAnOutcomePerFileAndFails()
    {
        var good = _files.Write("patient.json", Resources.PatientJson);
        var bad = _files.Write("bad.json", """{ "resourceType": "Patient", """);

        var run = CliRun.Of("validate", good, bad, "--version", "R4");

        run.ExitCode.Should().Be(ExitCodes.Failure);
        Outcomes(run.Output).Should().HaveCount(2);
    }

    [Fact]
    public void Validate_Stu3OnlyResource_IsReadAsStu3()
    {
        var file = _files.Write("pr.json", Resources.Stu3ProcedureRequestJson);

        var run = CliRun.Of("validate", file);

        run.Error.Should().Contain("FHIR 3.0");
    }

    [Fact]
    public void Validate_UnknownVersion_ExitsWithUsageError()
    {
        var file = _files.Write("patient.json", Resources.PatientJson);

        var run = CliRun.Of("validate", file, "--fhir-version", "r5");

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Output.Should().NotContain("OperationOutcome");
    }

    [Fact]
    public void Validate_CacheWithoutTheCorePackage_ExitsWithUsageError()
    {
        var file = _files.Write("patient.json", Resources.PatientJson);

        var run = CliRun.Of("validate", file, "--fhir-cache", Path.Combine(_files.Path, "empty"));

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Output.Should().BeEmpty();
    }

    public void Dispose() => _files.Dispose();

    // The command prints one indented OperationOutcome per file, one after another.
    private static List<JsonElement> Outcomes(string output)
    {
        var outcomes = new List<JsonElement>();
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(output), new JsonReaderOptions { AllowMultipleValues = true });
        while (reader.Read())
        {
            using var document = JsonDocument.ParseValue(ref reader);
            outcomes.Add(document.RootElement.Clone());
        }

        return outcomes;
    }

    private static IEnumerable<JsonElement> Issues(string output) =>
        Outcomes(output).SelectMany(o => o.GetProperty("issue").EnumerateArray());

    private static List<string> Codes(string output) =>
        [.. Issues(output).SelectMany(i => i.GetProperty("details").GetProperty("coding").EnumerateArray())
            .Where(c => c.GetProperty("system").GetString() is ValidationOutcomes.CodeSystem or ParseIssueCodes.CodeSystem)
            .Select(c => c.GetProperty("code").GetString()!)];

    private static List<string> Severities(string output) => [.. Issues(output).Select(i => i.GetProperty("severity").GetString()!)];
}
