using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Interop.Cli.Load;

/// <summary>Writes a <see cref="LoadReport"/> as a table for people and as JSON for machines.</summary>
internal static class LoadReportWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The report as indented camelCase JSON.</summary>
    public static string ToJson(LoadReport report) => JsonSerializer.Serialize(report, Json);

    /// <summary>Writes the report as an aligned table.</summary>
    public static void WriteTable(LoadReport report, TextWriter output)
    {
        var accept = report.Accept;
        var delivery = report.Delivery;
        var warmup = report.Warmup > 0 ? F($", after {report.Warmup} warm-up copies") : "";
        output.WriteLine(F($"load      {report.Mode}, {accept.Sent} x {report.Fixture} ({report.FixtureBytes:N0} bytes) -> {report.Url}{warmup}"));
        output.WriteLine();
        output.WriteLine(F($"{"",-22}{"count",10}{"per s",10}{"p50 ms",10}{"p95 ms",10}{"p99 ms",10}{"max ms",10}"));
        Row(output, "accepted (2xx)", accept.Accepted, accept.AcceptedPerSecond, accept.Latency);
        Row(output, "delivered (e2e)", delivery.Delivered, delivery.DeliveredPerSecond, delivery.EndToEnd);
        output.WriteLine(F($"{"sqlite commits (probe)",-22}{"",10}{report.SqliteCommitsPerSecond,10:F0}   one writer, WAL, synchronous=FULL"));
        output.WriteLine();
        output.WriteLine(F($"answers   {Join(accept.Outcomes)}  in {accept.Seconds:F1} s"));
        output.WriteLine(F($"statuses  {Join(delivery.Statuses)}  over {delivery.Seconds:F1} s{(delivery.Settled ? "" : "  (timed out with messages in progress)")}"));
        if (report.HostMemory is { } memory)
        {
            output.WriteLine(F($"host rss  peak {memory.PeakRssMb:F0} MiB, at end {memory.EndRssMb:F0} MiB"));
        }
    }

    private static void Row(TextWriter output, string name, int count, double perSecond, LatencySummary latency) =>
        output.WriteLine(F($"{name,-22}{count,10}{perSecond,10:F0}{latency.P50,10:F1}{latency.P95,10:F1}{latency.P99,10:F1}{latency.Max,10:F1}"));

    private static string Join(IReadOnlyDictionary<string, int> counts) =>
        counts.Count == 0 ? "none" : string.Join(", ", counts.Select(c => F($"{c.Key}: {c.Value}")));

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
