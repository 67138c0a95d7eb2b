using System.Collections.Concurrent;

namespace Interop.Functions.Simulators;

/// <summary>The simulated systems' inboxes: each keeps one record per idempotency key, as a receiver that deduplicates would.</summary>
internal sealed class SimulatorInbox
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, SimulatedDelivery>> _systems = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Records a request; false when the system already has one with this idempotency key.</summary>
    public bool Record(string system, SimulatedDelivery delivery) =>
        _systems.GetOrAdd(system, _ => new ConcurrentDictionary<string, SimulatedDelivery>(StringComparer.Ordinal)).TryAdd(delivery.RequestId, delivery);

    /// <summary>What <paramref name="system"/> has received, oldest first.</summary>
    public IReadOnlyList<SimulatedDelivery> Received(string system) =>
        _systems.TryGetValue(system, out var inbox) ? [.. inbox.Values.OrderBy(d => d.ReceivedAt)] : [];
}
