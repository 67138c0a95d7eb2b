using System.Text;
using Interop.Engine.Delivery;
using Interop.Engine.Destinations;

namespace Interop.Functions.Metrics;

/// <summary>Each destination's circuit breaker state, read when scraped: one series per state, 1 for the current one and 0 for the others.</summary>
internal static class CircuitGauges
{
    /// <summary>The states as the label shows them, the console's names.</summary>
    private static readonly (DestinationCircuitState State, string Label)[] States =
    [
        (DestinationCircuitState.Closed, "closed"),
        (DestinationCircuitState.Open, "open"),
        (DestinationCircuitState.HalfOpen, "half-open"),
        (DestinationCircuitState.Isolated, "isolated"),
    ];

    /// <summary>The gauge in the text exposition format, for every destination in the directory.</summary>
    public static string Render(IDestinationDirectory directory, IDestinationHealth health)
    {
        var text = new StringBuilder("# HELP interop_destination_circuit_state A destination's circuit breaker state: 1 for the current state, 0 for the others.\n# TYPE interop_destination_circuit_state gauge\n");
        foreach (var destination in directory.All)
        {
            var current = health.GetState(destination.Id);
            // Ids are letters, digits, -, _ and . (the directory validates them), so they need no escaping.
            foreach (var (state, label) in States)
            {
                text.Append("interop_destination_circuit_state{destination=\"").Append(destination.Id).Append("\",state=\"").Append(label)
                    .Append("\"} ").Append(state == current ? '1' : '0').Append('\n');
            }
        }

        return text.ToString();
    }
}
