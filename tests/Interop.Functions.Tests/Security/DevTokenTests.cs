extern alias cli;

using System.Net;
using Interop.Functions.Tests.Security.Support;
using Interop.Functions.Tests.Support;
using InteropCli = cli::Interop.Cli.InteropCli;

namespace Interop.Functions.Tests.Security;

public sealed class DevTokenTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Post_TokenFromInteropTokenCommand_AcceptedByHostUsingDevKey(bool hostStartsFirst)
    {
        var keyDirectory = Path.Combine(_folder.Path, "dev-keys");
        var settings = new Dictionary<string, string?>
        {
            // Issuer and audience are left at their defaults, which the token command shares.
            ["Interop:Security:UseDevKey"] = "true",
            ["Interop:Security:DevKeyDirectory"] = keyDirectory,
            ["Interop:Security:Clients:demo-pharmacy:Role"] = "sender",
            ["Interop:Security:Clients:demo-pharmacy:SenderOds:0"] = "FQW30",
            ["Interop:Security:Clients:demo-pharmacy:Events:0"] = "ITK014M",
        };
        string? token = hostStartsFirst ? null : MintToken("demo-pharmacy", keyDirectory);
        await using var host = await SecuredHost.StartAsync(settings);
        token ??= MintToken("demo-pharmacy", keyDirectory);
        using var client = host.CreateClient(token);

        using var response = await client.PostAsync(new Uri(SecuredHost.SendPath, UriKind.Relative), new StringContent("{}"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Post_TokenFromAnotherDevKey_Returns401()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Interop:Security:UseDevKey"] = "true",
            ["Interop:Security:DevKeyDirectory"] = Path.Combine(_folder.Path, "host-keys"),
            ["Interop:Security:Clients:demo-pharmacy:Role"] = "sender",
            ["Interop:Security:Clients:demo-pharmacy:SenderOds:0"] = "FQW30",
            ["Interop:Security:Clients:demo-pharmacy:Events:0"] = "ITK014M",
        };
        await using var host = await SecuredHost.StartAsync(settings);
        using var client = host.CreateClient(MintToken("demo-pharmacy", Path.Combine(_folder.Path, "other-keys")));

        using var response = await client.PostAsync(new Uri(SecuredHost.SendPath, UriKind.Relative), new StringContent("{}"));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await FhirBody.ReadAsync(response)).Value("issue.details.coding.code").Should().Be("HOST401");
    }

    private static string MintToken(string client, string keyDirectory)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = InteropCli.Run(["token", "--client", client, "--key-dir", keyDirectory], output, error, new FakeTimeProvider(SecuredHost.Now));

        exitCode.Should().Be(0, error.ToString());
        return output.ToString().Trim();
    }
}
