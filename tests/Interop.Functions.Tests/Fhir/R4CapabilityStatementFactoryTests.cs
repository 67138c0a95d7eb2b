using Interop.Functions.Fhir;
using Interop.Functions.Hosting;
using Interop.Functions.Tests.Support;
using Microsoft.Extensions.Options;

namespace Interop.Functions.Tests.Fhir;

public sealed class R4CapabilityStatementFactoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 4, 5, 6, 7, 890, TimeSpan.Zero);

    private static R4CapabilityStatementFactory Factory(InteropHostOptions? options = null) =>
        new(Options.Create(options ?? new InteropHostOptions()), new FakeTimeProvider(Now));

    [Fact]
    public void Create_Defaults_IsAnActiveInstanceStatementForR4()
    {
        var statement = Factory().Create();

        statement.Status!.Value.Should().Be("active");
        statement.Kind!.Value.Should().Be("instance");
        statement.FhirVersion!.Value.Should().Be("4.0.1");
        statement.Format.Select(f => f.Value).Should().Equal("json", "xml", "application/fhir+json", "application/fhir+xml");
    }

    [Fact]
    public void Create_FixedClock_DatesTheStatementInUtcToTheSecond()
    {
        Factory().Create().Date!.Value.Should().Be("2026-03-04T05:06:07Z");
    }

    [Fact]
    public void Create_Options_DescribeSoftwareAndImplementation()
    {
        var options = new InteropHostOptions
        {
            PublicBaseUrl = "https://interop.nhs.example/",
            SoftwareName = "Interop North",
            SoftwareVersion = "2.1.0",
            Description = "North region engine",
        };

        var statement = Factory(options).Create();

        statement.Software!.Name!.Value.Should().Be("Interop North");
        statement.Software.Version!.Value.Should().Be("2.1.0");
        statement.Implementation!.Description!.Value.Should().Be("North region engine");
        statement.Implementation.Url!.Value.Should().Be("https://interop.nhs.example/fhir/R4");
    }

    [Fact]
    public void Create_NoConfiguredVersion_UsesTheHostAssemblyVersion()
    {
        Factory().Create().Software!.Version!.Value.Should().Be(HostVersion.Current).And.NotBe("0.0.0");
    }

    [Fact]
    public void Create_Today_DeclaresProcessMessageAndBearerSecurityButNoResources()
    {
        var rest = Factory().Create().Rest.Should().ContainSingle().Subject;

        rest.Mode!.Value.Should().Be("server");
        rest.Resource.Should().BeEmpty();
        var operation = rest.Operation.Should().ContainSingle().Subject;
        operation.Name!.Value.Should().Be("process-message");
        operation.Definition!.Value.Should().Be("http://hl7.org/fhir/OperationDefinition/MessageHeader-process-message");
        rest.Interaction.Select(i => i.Code!.Value).Should().Equal("transaction", "batch");
        rest.Security!.Service.SelectMany(s => s.Coding).Select(c => c.Code!.Value).Should().Equal("OAuth");
    }
}
