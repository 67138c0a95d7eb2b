using Interop.Engine.Destinations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Interop.Engine.Tests.Destinations;

public sealed class DestinationDirectoryTests
{
    private static readonly Dictionary<string, string?> Sample = new()
    {
        ["Interop:Destinations:0:Id"] = "gp-a81001",
        ["Interop:Destinations:0:Name"] = "Simulated GP system A81001",
        ["Interop:Destinations:0:Url"] = "http://127.0.0.1:7071/sim/gp/A81001/fhir",
        ["Interop:Destinations:0:Kind"] = "gp-system",
        ["Interop:Destinations:0:OdsCodes:0"] = "A81001",
        ["Interop:Destinations:1:Id"] = "pharmacy-fqw30",
        ["Interop:Destinations:1:Url"] = "https://pharmacy.example.nhs.uk/fhir",
        ["Interop:Destinations:1:FhirVersion"] = "STU3",
        ["Interop:Destinations:1:Format"] = "xml",
        ["Interop:Destinations:1:Kind"] = "pharmacy-system",
        ["Interop:Destinations:1:OdsCodes:0"] = "FQW30",
        ["Interop:Destinations:1:Timeout"] = "00:00:05",
        ["Interop:Destinations:1:Retry:MaxAttempts"] = "3",
        ["Interop:Destinations:1:CircuitBreaker:BreakDuration"] = "00:01:00",
        ["Interop:Destinations:2:Id"] = "mailbox-a81001",
        ["Interop:Destinations:2:Url"] = "http://127.0.0.1:7071/sim/mailbox",
        ["Interop:Destinations:2:Kind"] = "sender-mailbox",
        ["Interop:Destinations:2:OdsCodes:0"] = "A81001",
    };

    [Fact]
    public void FindById_ConfiguredId_ParsesEveryField()
    {
        var directory = Build(Sample);

        var pharmacy = directory.FindById("pharmacy-fqw30");

        pharmacy.Should().NotBeNull();
        pharmacy!.Url.Should().Be(new Uri("https://pharmacy.example.nhs.uk/fhir"));
        pharmacy.FhirVersion.Should().Be(DestinationFhirVersion.Stu3);
        pharmacy.Format.Should().Be(DestinationFormat.Xml);
        pharmacy.Kind.Should().Be(DestinationKind.PharmacySystem);
        pharmacy.OdsCodes.Should().Equal("FQW30");
        pharmacy.Timeout.Should().Be(TimeSpan.FromSeconds(5));
        pharmacy.Retry.MaxAttempts.Should().Be(3);
        pharmacy.CircuitBreaker.BreakDuration.Should().Be(TimeSpan.FromMinutes(1));
        pharmacy.Name.Should().Be("pharmacy-fqw30");
    }

    [Fact]
    public void FindById_NothingButRequiredFields_UsesDocumentedDefaults()
    {
        var gp = Build(Sample).FindById("gp-a81001")!;

        gp.FhirVersion.Should().Be(DestinationFhirVersion.R4);
        gp.Format.Should().Be(DestinationFormat.Json);
        gp.Timeout.Should().Be(TimeSpan.FromSeconds(10));
        gp.Retry.Should().BeEquivalentTo(new { MaxAttempts = 5, BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(30) });
        gp.CircuitBreaker.Should().BeEquivalentTo(new
        {
            FailureRatio = 0.5,
            MinimumThroughput = 5,
            SamplingDuration = TimeSpan.FromSeconds(30),
            BreakDuration = TimeSpan.FromSeconds(30),
        });
        gp.Auth.Mode.Should().Be(DestinationAuthOptions.None);
    }

    [Fact]
    public void FindById_DifferentCase_Found()
    {
        Build(Sample).FindById("GP-A81001")!.Id.Should().Be("gp-a81001");
    }

    [Fact]
    public void FindById_UnknownId_Null()
    {
        Build(Sample).FindById("gp-z99999").Should().BeNull();
    }

    [Fact]
    public void FindByOds_WithKind_ReturnsTheDestinationOfThatKind()
    {
        var directory = Build(Sample);

        directory.FindByOds("a81001", DestinationKind.GpSystem)!.Id.Should().Be("gp-a81001");
        directory.FindByOds("A81001", DestinationKind.SenderMailbox)!.Id.Should().Be("mailbox-a81001");
        directory.FindByOds("A81001", DestinationKind.PharmacySystem).Should().BeNull();
    }

    [Fact]
    public void FindByOds_WithoutKind_ReturnsEveryDestinationServingTheCode()
    {
        var directory = Build(Sample);

        directory.FindByOds("A81001").Select(d => d.Id).Should().Equal("gp-a81001", "mailbox-a81001");
        directory.FindByOds("Y00000").Should().BeEmpty();
    }

    [Fact]
    public void All_ConfiguredDestinations_InConfigurationOrder()
    {
        Build(Sample).All.Select(d => d.Id).Should().Equal("gp-a81001", "pharmacy-fqw30", "mailbox-a81001");
    }

    [Fact]
    public void AddDestinations_InvalidConfiguration_FailsStartupValidationWithTheCode()
    {
        var invalid = new Dictionary<string, string?>(Sample) { ["Interop:Destinations:1:Url"] = "not a url" };
        using var services = Services(invalid);

        var act = () => services.GetRequiredService<IStartupValidator>().Validate();

        act.Should().Throw<OptionsValidationException>()
            .Which.Failures.Should().ContainSingle(f => f.StartsWith(DestinationErrorCodes.InvalidUrl, StringComparison.Ordinal));
    }

    private static IDestinationDirectory Build(Dictionary<string, string?> settings) =>
        Services(settings).GetRequiredService<IDestinationDirectory>();

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddDestinations(configuration).BuildServiceProvider();
    }
}
