using System.Text.Json.Nodes;
using Interop.Engine.Local;

namespace Interop.Cli.Tests.Commands;

/// <summary><c>interop map</c> on the project's fixtures with the sample configuration: what would be sent where, nothing sent.</summary>
public sealed class MapCommandTests : IDisposable
{
    private static readonly string Root = RepositoryRoot.Find()!;
    private static readonly string UpdateRecord = Path.Combine(Root, "fixtures", "messages", "update-record", "pharmacy-first-9449305552.xml");
    private static readonly string EDischarge = Path.Combine(Root, "fixtures", "flows", "discharge-medicines", "edischarge-stu3", "input.xml");
    private readonly TempDirectory _files = new();

    [Fact]
    public void Map_UpdateRecordToTheSharedCareRecord_PrintsItsConditionalTransaction()
    {
        var run = CliRun.Of("map", UpdateRecord, "--flow", "update-record", "--to", "shcr-sandbox");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        run.Error.Should().Contain("shcr-sandbox").And.Contain("application/fhir+json");
        var transaction = JsonNode.Parse(run.Output)!;
        ((string?)transaction["type"]).Should().Be("transaction");
        transaction["entry"]!.AsArray().Select(e => (string?)e!["request"]!["method"]).Should().Contain("PUT", "records are written conditionally on their business identifiers");
    }

    [Fact]
    public void Map_WithOut_WritesEachOutputToItsDestinationsFile()
    {
        var run = CliRun.Of("map", UpdateRecord, "--flow", "update-record", "--to", "gp-a81001", "--out", _files.Path);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        run.Output.Should().BeEmpty();
        File.ReadAllText(Path.Combine(_files.Path, "gp-a81001.xml")).Should().Contain("ITK014M", "an STU3 XML GP system gets the Update Record as it came");
    }

    [Fact]
    public void Map_MessageOfAnotherFlow_SaysSoAndFails()
    {
        var run = CliRun.Of("map", UpdateRecord, "--flow", "discharge-medicines", "--to", "pharmacy-fqw30");

        run.ExitCode.Should().Be(ExitCodes.Failure);
        run.Error.Should().Contain("'ITK014M' is not one of this flow's");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void Map_UnknownDestination_ListsTheDirectoryAndFails()
    {
        var run = CliRun.Of("map", UpdateRecord, "--flow", "update-record", "--to", "nowhere");

        run.ExitCode.Should().Be(ExitCodes.Failure);
        run.Error.Should().Contain("'nowhere' is not in the destination directory").And.Contain("gp-a81001");
    }

    [Fact]
    public void Map_DischargeWhileThePatientDirectoryIsDown_SaysSoAndFails()
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "fixtures", "config", "interop.sample.json")))!;
        // Port 1 on loopback: nothing listens, so the directory cannot be reached.
        config["Interop"]!["PatientDirectory"]!["BaseUrl"] = "http://127.0.0.1:1/pds";
        var file = _files.Write("interop.json", config.ToJsonString());

        var run = CliRun.Of("map", EDischarge, "--flow", "discharge-medicines", "--to", "pharmacy-fqw30", "--config", file);

        run.ExitCode.Should().Be(ExitCodes.Failure);
        run.Error.Should().Contain("the patient directory could not be reached");
    }

    [Fact]
    public void Map_UnknownFlow_IsAUsageError()
    {
        CliRun.Of("map", UpdateRecord, "--flow", "lab-results").ExitCode.Should().Be(ExitCodes.Usage);
    }

    public void Dispose() => _files.Dispose();
}
