using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;

namespace Interop.Functions.Metrics;

/// <summary>
/// Listens to this host's Interop meters and keeps their totals, so <c>/metrics</c> can show them in Prometheus' text
/// format. Only meters from this host's <see cref="IMeterFactory"/> count, so hosts sharing a process (tests) stay apart.
/// </summary>
internal sealed class PrometheusCollector : IDisposable
{
    /// <summary>Histogram bucket upper bounds in seconds: from 5 ms, a local simulator, to 10 s, a delivery's timeout.</summary>
    public static IReadOnlyList<double> Buckets { get; } = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly MeterListener _listener = new();
    private readonly Lock _gate = new();
    private readonly SortedDictionary<string, MetricFamily> _families = new(StringComparer.Ordinal);

    public PrometheusCollector(IMeterFactory meters)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Scope == meters && instrument.Meter.Name.StartsWith("Interop.", StringComparison.Ordinal))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    /// <summary>Every metric seen so far in the text exposition format 0.0.4.</summary>
    public string Render()
    {
        var text = new StringBuilder();
        lock (_gate)
        {
            foreach (var family in _families.Values)
            {
                text.Append(CultureInfo.InvariantCulture, $"# HELP {family.Name} {family.Help}\n# TYPE {family.Name} {(family.IsHistogram ? "histogram" : "counter")}\n");
                foreach (var (labels, series) in family.Series)
                {
                    if (family.IsHistogram)
                    {
                        for (var i = 0; i < Buckets.Count; i++)
                        {
                            Sample(text, family.Name + "_bucket", Join(labels, $"le=\"{Number(Buckets[i])}\""), series.BucketCounts[i]);
                        }

                        Sample(text, family.Name + "_bucket", Join(labels, "le=\"+Inf\""), series.Count);
                        Sample(text, family.Name + "_sum", labels, series.Sum);
                        Sample(text, family.Name + "_count", labels, series.Count);
                    }
                    else
                    {
                        Sample(text, family.Name, labels, series.Sum);
                    }
                }
            }
        }

        return text.ToString();
    }

    public void Dispose() => _listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var labels = Labels(tags);
        lock (_gate)
        {
            if (!_families.TryGetValue(instrument.Name, out var family))
            {
                family = new MetricFamily(instrument.Name, instrument.Description ?? instrument.Name, instrument is Histogram<double>);
                _families.Add(instrument.Name, family);
            }

            if (!family.Series.TryGetValue(labels, out var series))
            {
                series = new MetricSeries(Buckets.Count);
                family.Series.Add(labels, series);
            }

            if (family.IsHistogram)
            {
                series.Observe(value, Buckets);
            }
            else
            {
                series.Add(value);
            }
        }
    }

    // Labels sorted by name, empty values left out, values escaped as the format asks (backslash, quote, newline).
    private static string Labels(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var pairs = new List<KeyValuePair<string, string>>(tags.Length);
        foreach (var tag in tags)
        {
            if (tag.Value?.ToString() is { Length: > 0 } value)
            {
                pairs.Add(new(tag.Key, value));
            }
        }

        return string.Join(',', pairs.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p =>
            $"{p.Key}=\"{p.Value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)}\""));
    }

    private static string Join(string labels, string extra) => labels.Length == 0 ? extra : $"{labels},{extra}";

    private static void Sample(StringBuilder text, string name, string labels, double value) =>
        text.Append(name).Append(labels.Length == 0 ? "" : $"{{{labels}}}").Append(' ').Append(Number(value)).Append('\n');

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
