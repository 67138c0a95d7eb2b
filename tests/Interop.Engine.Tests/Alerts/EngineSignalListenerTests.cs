using System.Diagnostics.Metrics;
using Interop.Engine.Alerts;
using Interop.Engine.Telemetry;
using Interop.Engine.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Interop.Engine.Tests.Alerts;

public sealed class EngineSignalListenerTests : IDisposable
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly ManualTimeProvider _clock = new();

    [Fact]
    public void Counters_EngineMeasurements_CountedAsSignals()
    {
        using var listener = new EngineSignalListener(_services.GetRequiredService<IMeterFactory>(), _clock);
        var metrics = new EngineMetrics(_services.GetRequiredService<IMeterFactory>());

        metrics.Received("ITK014M", EngineMetrics.Accepted);
        metrics.Received("ITK014M", "duplicate", "RCV409");
        metrics.Received(null, EngineMetrics.Refused, "RCV400");
        metrics.Rejected("ITK014M", "validate", "VAL001");
        metrics.DeliveryEnded("gp-a81001", "ITK014M", "dead-lettered", "HTTP503");
        metrics.DeliveryEnded("gp-a81001", "ITK014M", "delivered");
        metrics.Attempt("gp-a81001", TimeSpan.FromMilliseconds(20));

        listener.Counters.Count(AlertSignal.Received, Minute).Should().Be(2, "duplicates are not new messages");
        listener.Counters.Count(AlertSignal.Rejected, Minute).Should().Be(2, "refused at the door, and rejected by validation");
        listener.Counters.Count(AlertSignal.DeadLettered, Minute, "gp-a81001").Should().Be(1);
    }

    [Fact]
    public void Counters_AnotherHostsMeter_NotCounted()
    {
        using var other = new ServiceCollection().AddMetrics().BuildServiceProvider();
        using var listener = new EngineSignalListener(_services.GetRequiredService<IMeterFactory>(), _clock);

        new EngineMetrics(other.GetRequiredService<IMeterFactory>()).DeliveryEnded("gp-a81001", "ITK014M", "dead-lettered", "HTTP503");

        listener.Counters.Count(AlertSignal.DeadLettered, Minute).Should().Be(0);
    }

    public void Dispose() => _services.Dispose();
}
