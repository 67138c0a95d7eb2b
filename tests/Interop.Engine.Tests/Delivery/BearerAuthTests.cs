using Interop.Engine.Delivery;
using Interop.Engine.Tests.TestSupport;
using Interop.Testing;

namespace Interop.Engine.Tests.Delivery;

public sealed class BearerAuthTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("delivery-auth-").FullName;

    [Fact]
    public async Task DeliverAsync_BearerWithTokenFile_SendsTheFilesToken()
    {
        var tokenFile = Path.Combine(_folder, "token");
        await File.WriteAllTextAsync(tokenFile, "file-token-123\n");
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var harness = DeliveryHarness.Create(receiver.Url, new Dictionary<string, string>
        {
            ["Auth:Mode"] = "bearer",
            ["Auth:TokenFile"] = tokenFile,
        });

        await harness.Client.DeliverAsync(DeliveryHarness.Request(), CancellationToken.None);
        await File.WriteAllTextAsync(tokenFile, "rotated-token-456");
        await harness.Client.DeliverAsync(DeliveryHarness.Request(), CancellationToken.None);

        receiver.Requests.Select(r => r.Header("Authorization")).Should().Equal("Bearer file-token-123", "Bearer rotated-token-456");
    }

    [Fact]
    public async Task DeliverAsync_BearerWithEnvironmentVariable_SendsTheVariablesToken()
    {
        var variable = "INTEROP_TEST_TOKEN_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(variable, "env-token-789");
        try
        {
            await using var receiver = await LoopbackReceiver.StartAsync();
            await using var harness = DeliveryHarness.Create(receiver.Url, new Dictionary<string, string>
            {
                ["Auth:Mode"] = "bearer",
                ["Auth:TokenEnvironmentVariable"] = variable,
            });

            await harness.Client.DeliverAsync(DeliveryHarness.Request(), CancellationToken.None);

            receiver.Requests.Should().ContainSingle().Which.Header("Authorization").Should().Be("Bearer env-token-789");
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public async Task DeliverAsync_TokenFileMissing_NotRetryableWithoutAnyRequest()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var harness = DeliveryHarness.Create(receiver.Url, new Dictionary<string, string>
        {
            ["Auth:Mode"] = "bearer",
            ["Auth:TokenFile"] = Path.Combine(_folder, "absent"),
        });

        var result = await harness.Client.DeliverAsync(DeliveryHarness.Request(), CancellationToken.None);

        result.Outcome.Should().Be(DeliveryOutcome.NotRetryable);
        result.ReasonCode.Should().Be(DeliveryReasonCodes.TokenUnavailable);
        receiver.Requests.Should().BeEmpty();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
