using Interop.Engine.Delivery;
using Interop.Engine.Destinations;
using Interop.Engine.Queues;
using Microsoft.Extensions.Options;

namespace Interop.Engine.Alerts;

/// <summary>Evaluates every rule once against what the engine knows in-process: its event counts, the circuit breakers and the queues.</summary>
internal sealed class AlertEvaluator(
    IOptions<AlertOptions> options,
    EngineSignalListener signals,
    IDestinationDirectory destinations,
    IDestinationHealth health,
    IMessageQueue queue,
    AlertBoard board,
    TimeProvider clock)
{
    private readonly AlertRule[] _rules = [.. options.Value.Rules.Select(AlertRule.From)];
    private readonly CircuitWatch _circuits = new();

    /// <summary>Reads the signals, applies each rule's breaches to the board, which queues what the webhook must hear.</summary>
    public async Task EvaluateAsync(CancellationToken cancellationToken)
    {
        var queues = new List<QueueStats>();
        if (_rules.Any(rule => rule.Kind == AlertKind.QueueAge))
        {
            foreach (var name in QueueNames.All)
            {
                queues.Add(await queue.GetStatsAsync(name, cancellationToken));
            }
        }

        var now = clock.GetUtcNow();
        var openSince = _circuits.Update(destinations.All.Select(d => (d.Id, health.GetState(d.Id))), now);
        var inputs = new AlertInputs(now, signals.Counters, openSince, queues);
        foreach (var rule in _rules)
        {
            board.Apply(rule, AlertConditions.Breaches(rule, inputs), now);
        }
    }
}
