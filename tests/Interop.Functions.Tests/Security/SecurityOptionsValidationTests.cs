using System.Security.Cryptography;
using Interop.Functions.Hosting;
using Interop.Functions.Security;
using Interop.Functions.Tests.Security.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Interop.Functions.Tests.Security;

public sealed class SecurityOptionsValidationTests : IDisposable
{
    private readonly TestFolder _folder = new();
    private readonly InteropSecurityOptionsValidator _validator = new(new SigningKeyLoader());

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Validate_Defaults_Succeeds()
    {
        _validator.Validate(null, new InteropSecurityOptions()).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Validate_TestSettings_LoadsAllThreeKeys()
    {
        var options = Bind(SecuredHost.Settings(_folder));

        _validator.Validate(null, options).Succeeded.Should().BeTrue();
        new SigningKeyLoader().Load(options).Keys.Should().HaveCount(3);
    }

    [Theory]
    [InlineData("Interop:Security:Issuer", " ", "Interop:Security:Issuer")]
    [InlineData("Interop:Security:Audience", "", "Interop:Security:Audience")]
    [InlineData("Interop:Security:ClockSkew", "00:10:00", "Interop:Security:ClockSkew")]
    [InlineData("Interop:Security:Clients:demo:Role", "admin", "Interop:Security:Clients:demo:Role")]
    [InlineData("Interop:Security:JwksFile", "/nonexistent/jwks.json", "Interop:Security:JwksFile")]
    [InlineData("Interop:Security:SigningKeys:0:Path", "/nonexistent/key.pem", "Interop:Security:SigningKeys:0")]
    [InlineData("Interop:Security:SigningKeys:0:KeyId", "only-an-id", "Interop:Security:SigningKeys:0")]
    public void Validate_BadSetting_FailsNamingIt(string key, string value, string named)
    {
        var failures = Failures(new() { [key] = value });

        failures.Should().ContainSingle().Which.Should().StartWith(named);
    }

    [Fact]
    public void Validate_SenderWithoutOdsOrEvents_FailsForBoth()
    {
        var failures = Failures(new() { ["Interop:Security:Clients:demo-gp:Role"] = "sender" });

        failures.Should().HaveCount(2);
        failures.Should().Contain(f => f.StartsWith("Interop:Security:Clients:demo-gp:SenderOds", StringComparison.Ordinal));
        failures.Should().Contain(f => f.StartsWith("Interop:Security:Clients:demo-gp:Events", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_OperatorWithEvents_Fails()
    {
        var failures = Failures(new()
        {
            ["Interop:Security:Clients:demo-operator:Role"] = "operator",
            ["Interop:Security:Clients:demo-operator:Events:0"] = "ITK014M",
        });

        failures.Should().ContainSingle().Which.Should().StartWith("Interop:Security:Clients:demo-operator");
    }

    [Theory]
    [InlineData("private-key")]
    [InlineData("rsa-1024")]
    [InlineData("ec-p384")]
    [InlineData("not-pem")]
    public void Validate_UnusableKey_FailsNamingIt(string kind)
    {
        var pem = kind switch
        {
            "private-key" => TestKeys.Ec.ExportPkcs8PrivateKeyPem(),
            "rsa-1024" => Export(RSA.Create(1024)),
            "ec-p384" => Export(ECDsa.Create(ECCurve.NamedCurves.nistP384)),
            _ => "just some text",
        };

        var failures = Failures(new() { ["Interop:Security:SigningKeys:0:Pem"] = pem });

        failures.Should().ContainSingle().Which.Should().StartWith("Interop:Security:SigningKeys:0");
    }

    [Fact]
    public void Validate_BothPemAndPath_Fails()
    {
        var failures = Failures(new()
        {
            ["Interop:Security:SigningKeys:0:Pem"] = TestKeys.Ec.ExportSubjectPublicKeyInfoPem(),
            ["Interop:Security:SigningKeys:0:Path"] = _folder.Write("ec.pem", TestKeys.Ec.ExportSubjectPublicKeyInfoPem()),
        });

        failures.Should().ContainSingle().Which.Should().StartWith("Interop:Security:SigningKeys:0");
    }

    [Theory]
    [InlineData("""{ "keys": "nope" }""")]
    [InlineData("""{ "keys": [] }""")]
    [InlineData("not json at all")]
    public void Validate_JwksFileWithoutKeys_Fails(string content)
    {
        var failures = Failures(new() { ["Interop:Security:JwksFile"] = _folder.Write("jwks.json", content) });

        failures.Should().ContainSingle().Which.Should().StartWith("Interop:Security:JwksFile");
    }

    [Fact]
    public void Validate_DevKeyInGivenFolder_CreatesKeyAndSucceeds()
    {
        var directory = Path.Combine(_folder.Path, "dev-keys");

        var options = Bind(new() { ["Interop:Security:UseDevKey"] = "true", ["Interop:Security:DevKeyDirectory"] = directory });

        _validator.Validate(null, options).Succeeded.Should().BeTrue();
        File.Exists(Path.Combine(directory, "signing-key.pem")).Should().BeTrue();
    }

    [Fact]
    public void StartupValidator_BadSecuritySetting_FailsStartup()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Interop:Security:Clients:demo:Role"] = "admin" })
            .Build();
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddInteropHost()
            .BuildServiceProvider();

        var start = () => services.GetRequiredService<IStartupValidator>().Validate();

        start.Should().Throw<OptionsValidationException>()
            .Which.Failures.Should().ContainSingle().Which.Should().StartWith("Interop:Security:Clients:demo:Role");
    }

    private List<string> Failures(Dictionary<string, string?> settings) =>
        [.. _validator.Validate(null, Bind(settings)).Failures ?? []];

    private static InteropSecurityOptions Bind(Dictionary<string, string?> settings)
    {
        var options = new InteropSecurityOptions();
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(InteropSecurityOptions.SectionName).Bind(options);
        return options;
    }

    private static string Export(AsymmetricAlgorithm key)
    {
        using (key)
        {
            return key.ExportSubjectPublicKeyInfoPem();
        }
    }
}
