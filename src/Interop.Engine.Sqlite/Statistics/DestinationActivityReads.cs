using Interop.Engine.Sqlite.Database;
using Interop.Engine.Storage;
using Microsoft.Data.Sqlite;

namespace Interop.Engine.Sqlite.Statistics;

/// <summary>Activity per destination: delivery counts from <c>ix_deliveries_received</c>, attempts and latency from <c>ix_timeline_attempts</c>.</summary>
internal static class DestinationActivityReads
{
    internal const string DeliveriesSql = """
        SELECT destination, sum(status IN ('Pending', 'Retrying')), sum(status = 'Delivered'), sum(status = 'DeadLettered')
        FROM deliveries INDEXED BY ix_deliveries_received
        WHERE received_at >= $from AND received_at < $to
        GROUP BY destination
        """;

    // Every attempt in the range is read: percentiles need them all, and the index yields them without touching the table.
    internal const string AttemptsSql = """
        SELECT destination, outcome = 'ok', latency_ms
        FROM timeline INDEXED BY ix_timeline_attempts
        WHERE step = 'deliver' AND latency_ms IS NOT NULL AND at >= $from AND at < $to AND destination IS NOT NULL
        """;

    public static IReadOnlyList<DestinationActivity> Read(SqliteConnection connection, DateTimeOffset from, DateTimeOffset to)
    {
        var counts = new Dictionary<string, (int Pending, int Delivered, int DeadLettered)>(StringComparer.Ordinal);
        using (var command = Command(connection, DeliveriesSql, from, to))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                counts[reader.GetString(0)] = (reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3));
            }
        }

        var attempts = new Dictionary<string, (int Failed, List<double> Latencies)>(StringComparer.Ordinal);
        using (var command = Command(connection, AttemptsSql, from, to))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var destination = reader.GetString(0);
                var (failed, latencies) = attempts.TryGetValue(destination, out var seen) ? seen : (0, new List<double>());
                latencies.Add(reader.GetDouble(2));
                attempts[destination] = (reader.GetBoolean(1) ? failed : failed + 1, latencies);
            }
        }

        return [.. counts.Keys.Union(attempts.Keys).Order(StringComparer.Ordinal).Select(destination =>
        {
            var (pending, delivered, dead) = counts.GetValueOrDefault(destination);
            var (failed, latencies) = attempts.TryGetValue(destination, out var a) ? a : (0, []);
            latencies.Sort();
            return new DestinationActivity(destination, pending, delivered, dead, latencies.Count, failed,
                Percentile(latencies, 0.50), Percentile(latencies, 0.95));
        })];
    }

    /// <summary>The nearest-rank percentile of sorted values, or null when there are none.</summary>
    internal static double? Percentile(List<double> sorted, double fraction) =>
        sorted.Count == 0 ? null : sorted[Math.Max(0, (int)Math.Ceiling(fraction * sorted.Count) - 1)];

    private static SqliteCommand Command(SqliteConnection connection, string sql, DateTimeOffset from, DateTimeOffset to)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Bind("$from", SqliteTime.ToTicks(from)).Bind("$to", SqliteTime.ToTicks(to));
        return command;
    }
}
