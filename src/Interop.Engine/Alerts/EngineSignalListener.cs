using System.Diagnostics.Metrics;
using Interop.Engine.Pipeline;
using Interop.Engine.Telemetry;

namespace Interop.Engine.Alerts;

/// <summary>
/// Feeds <see cref="Counters"/> from this host's <c>Interop.Engine</c> meter: messages received (duplicates left out),
/// refused or rejected, and deliveries dead-lettered. Only the meter of this host's <see cref="IMeterFactory"/> counts.
/// </summary>
internal sealed class EngineSignalListener : IDisposable
{
    private readonly MeterListener _listener = new();

    public EngineSignalListener(IMeterFactory meters, TimeProvider clock)
    {
        Counters = new AlertCounters(clock);
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Scope == meters && instrument.Meter.Name == EngineMetrics.MeterName
                && instrument.Name is EngineMetrics.ReceivedName or EngineMetrics.RejectedName or EngineMetrics.DeliveriesName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) => Record(instrument.Name, tags));
        _listener.Start();
    }

    /// <summary>The counts the alert rules read.</summary>
    public AlertCounters Counters { get; }

    public void Dispose() => _listener.Dispose();

    private void Record(string instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var outcome = Tag(tags, "outcome");
        switch (instrument)
        {
            case EngineMetrics.ReceivedName when outcome != StepOutcomes.Duplicate:
                Counters.Add(AlertSignal.Received);
                if (outcome == EngineMetrics.Refused)
                {
                    Counters.Add(AlertSignal.Rejected);
                }

                break;
            case EngineMetrics.RejectedName:
                Counters.Add(AlertSignal.Rejected);
                break;
            case EngineMetrics.DeliveriesName when outcome == StepOutcomes.DeadLettered:
                Counters.Add(AlertSignal.DeadLettered, Tag(tags, "destination") ?? "");
                break;
        }
    }

    private static string? Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string name)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == name)
            {
                return tag.Value as string;
            }
        }

        return null;
    }
}
