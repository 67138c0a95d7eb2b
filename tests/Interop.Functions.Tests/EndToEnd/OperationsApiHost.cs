using Interop.Testing;

namespace Interop.Functions.Tests.EndToEnd;

/// <summary>One engine shared by the operations API tests that only ask questions and change nothing.</summary>
public sealed class OperationsApiHost : IAsyncLifetime
{
    private LoopbackReceiver _receiver = null!;

    internal EngineHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _receiver = await LoopbackReceiver.StartAsync();
        Host = EngineHost.Start(_receiver);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await _receiver.DisposeAsync();
    }
}
