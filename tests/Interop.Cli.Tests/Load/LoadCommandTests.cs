using Interop.Cli.Load;

namespace Interop.Cli.Tests.Load;

public sealed class LoadCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    // Nothing listens here: every case must be refused before anything is sent.
    private const string Url = "http://127.0.0.1:9";

    [Theory]
    [InlineData("--messages", "10")]
    [InlineData("--messages", "10", "--rate", "5", "--concurrency", "2")]
    [InlineData("--messages", "0", "--rate", "5")]
    [InlineData("--messages", "10", "--rate", "0")]
    [InlineData("--messages", "10", "--concurrency", "5000")]
    [InlineData("--messages", "10", "--rate", "5", "--timeout", "soon")]
    [InlineData("--messages", "10", "--rate", "5", "--fhir-version", "DSTU2")]
    [InlineData("--messages", "10", "--rate", "5", "--host-pid", "0")]
    [InlineData("--messages", "10", "--rate", "5", "--warmup", "-1")]
    public void Load_InvalidArguments_ExitsWithUsage(params string[] arguments)
    {
        var fixture = _temp.Write("message.json", LoadFixtures.MessageJson);

        var run = CliRun.Of(["load", "--url", Url, "--fixture", fixture, "--key-dir", _temp.Path, .. arguments]);

        run.ExitCode.Should().Be(ExitCodes.Usage);
        File.Exists(Path.Combine(_temp.Path, "signing-key.pem")).Should().BeFalse();
    }

    [Fact]
    public void Load_FixtureWithoutHeader_ExitsWithUsage()
    {
        var fixture = _temp.Write("bundle.json", """{ "resourceType": "Bundle", "identifier": { "value": "x" }, "type": "message" }""");

        var run = CliRun.Of("load", "--url", Url, "--fixture", fixture, "--messages", "1", "--rate", "1", "--key-dir", _temp.Path);

        run.ExitCode.Should().Be(ExitCodes.Usage);
    }

    [Fact]
    public void Load_MissingFixture_ExitsWithUsage()
    {
        var run = CliRun.Of("load", "--url", Url, "--fixture", Path.Combine(_temp.Path, "absent.xml"), "--messages", "1", "--rate", "1");

        run.ExitCode.Should().Be(ExitCodes.Usage);
    }

    [Fact]
    public void Validate_RelativeUrl_IsRefused()
    {
        var settings = new LoadSettings(new Uri("fhir/", UriKind.Relative), "f.xml", 1, 1, null, "c", "o", "STU3", TimeSpan.FromSeconds(1), null, null, null);

        LoadSettingsValidator.Validate(settings).Should().ContainSingle();
    }

    [Fact]
    public void Validate_ConcurrencyRun_IsAccepted()
    {
        var settings = new LoadSettings(new Uri("http://127.0.0.1:7071/"), "f.xml", 100, null, 8, "c", "o", "R4", TimeSpan.FromSeconds(1), null, null, 42, Warmup: 500);

        LoadSettingsValidator.Validate(settings).Should().BeEmpty();
        settings.ProcessMessageUrl.Should().Be(new Uri("http://127.0.0.1:7071/fhir/R4/$process-message"));
        settings.Mode.Should().Be("concurrency 8");
    }

    public void Dispose() => _temp.Dispose();
}
