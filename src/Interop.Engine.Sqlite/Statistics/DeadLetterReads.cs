using Interop.Engine.Sqlite.Database;
using Interop.Engine.Storage;
using Microsoft.Data.Sqlite;

namespace Interop.Engine.Sqlite.Statistics;

/// <summary>Dead-letter groups in one pass over <c>ix_deliveries_dead_letters</c>, which holds only dead-lettered deliveries.</summary>
internal static class DeadLetterReads
{
    // One row per listed message id (the newest MaxMessageIds of each group) carrying its group's count and time span.
    internal const string Sql = """
        SELECT reason, destination, event, message_id, total, first_at, last_at FROM (
            SELECT d.last_error AS reason, d.destination, m.event, d.message_id,
                   row_number() OVER newest AS n, count(*) OVER grp AS total,
                   min(d.received_at) OVER grp AS first_at, max(d.received_at) OVER grp AS last_at
            FROM deliveries d INDEXED BY ix_deliveries_dead_letters
            JOIN messages m ON m.id = d.message_id
            WHERE d.status = 'DeadLettered' AND d.received_at >= $from AND d.received_at < $to
            WINDOW grp AS (PARTITION BY d.last_error, d.destination, m.event),
                   newest AS (PARTITION BY d.last_error, d.destination, m.event ORDER BY d.received_at DESC, d.message_id DESC))
        WHERE n <= $max_ids
        ORDER BY reason, destination, event, n
        """;

    public static DeadLetterSummary Read(SqliteConnection connection, DateTimeOffset from, DateTimeOffset to)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.Bind("$from", SqliteTime.ToTicks(from)).Bind("$to", SqliteTime.ToTicks(to)).Bind("$max_ids", DeadLetterGroup.MaxMessageIds);
        var groups = new Dictionary<(string?, string, string?), DeadLetterGroup>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var key = (reader.GetNullableString(0), reader.GetString(1), reader.GetNullableString(2));
                if (!groups.TryGetValue(key, out var group))
                {
                    group = new DeadLetterGroup(key.Item1, key.Item2, key.Item3, reader.GetInt32(4),
                        SqliteTime.FromTicks(reader.GetInt64(5)), SqliteTime.FromTicks(reader.GetInt64(6)), new List<string>());
                    groups.Add(key, group);
                }

                ((List<string>)group.MessageIds).Add(reader.GetString(3));
            }
        }

        var ordered = groups.Values
            .OrderByDescending(g => g.Count).ThenByDescending(g => g.LastAt)
            .ThenBy(g => g.Reason, StringComparer.Ordinal).ThenBy(g => g.Destination, StringComparer.Ordinal).ThenBy(g => g.Event, StringComparer.Ordinal)
            .ToList();
        return new DeadLetterSummary(ordered.Sum(g => g.Count), ordered);
    }
}
