using Interop.Functions.Fhir;
using Interop.Functions.Hosting;
using Interop.Functions.Tests.Support;
using Microsoft.Extensions.Options;

namespace Interop.Functions.Tests.Fhir;

public sealed class Stu3CapabilityStatementFactoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 31, 23, 59, 59, TimeSpan.Zero);

    private static Stu3CapabilityStatementFactory Factory(InteropHostOptions? options = null) =>
        new(Options.Create(options ?? new InteropHostOptions()), new FakeTimeProvider(Now));

    [Fact]
    public void Create_Defaults_IsAnActiveInstanceStatementForStu3()
    {
        var statement = Factory().Create();

        statement.Status!.Value.Should().Be("active");
        statement.Kind!.Value.Should().Be("instance");
        statement.FhirVersion!.Value.Should().Be("3.0.1");
        statement.AcceptUnknown!.Value.Should().Be("extensions");
        statement.Format.Select(f => f.Value).Should().Equal("json", "xml", "application/fhir+json", "application/fhir+xml");
        statement.Date!.Value.Should().Be("2026-12-31T23:59:59Z");
    }

    [Fact]
    public void Create_Options_PointTheImplementationAtTheStu3Base()
    {
        var options = new InteropHostOptions { PublicBaseUrl = "http://10.0.0.5:9000", SoftwareVersion = "9.9.9" };

        var statement = Factory(options).Create();

        statement.Implementation!.Url!.Value.Should().Be("http://10.0.0.5:9000/fhir/STU3");
        statement.Software!.Name!.Value.Should().Be("Interop");
        statement.Software.Version!.Value.Should().Be("9.9.9");
    }

    [Fact]
    public void Create_Today_DeclaresProcessMessageAndBearerSecurityButNoResources()
    {
        var rest = Factory().Create().Rest.Should().ContainSingle().Subject;

        rest.Mode!.Value.Should().Be("server");
        rest.Resource.Should().BeEmpty();
        var operation = rest.Operation.Should().ContainSingle().Subject;
        operation.Name!.Value.Should().Be("process-message");
        operation.Definition!.ReferenceElement!.Value.Should().Be("http://hl7.org/fhir/OperationDefinition/MessageHeader-process-message");
        rest.Interaction.Should().BeEmpty();
        rest.Security!.Service.SelectMany(s => s.Coding).Select(c => c.Code!.Value).Should().Equal("OAuth");
    }
}
