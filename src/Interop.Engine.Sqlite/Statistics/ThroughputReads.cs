using Interop.Engine.Sqlite.Database;
using Interop.Engine.Storage;
using Microsoft.Data.Sqlite;

namespace Interop.Engine.Sqlite.Statistics;

/// <summary>
/// Counts per time bucket, each from an index that starts with the time it counts by. Each bucket is its own range count:
/// one GROUP BY over the whole range would sort every row by bucket first, several times slower on a busy day.
/// </summary>
internal static class ThroughputReads
{
    internal const string ReceivedSql = """
        SELECT count(*), 0
        FROM messages INDEXED BY ix_messages_received
        WHERE received_at >= $from AND received_at < $to
        """;

    internal const string RejectedSql = """
        SELECT count(*), 0
        FROM messages INDEXED BY ix_messages_status
        WHERE status = 'Rejected' AND received_at >= $from AND received_at < $to
        """;

    internal const string FinishedSql = """
        SELECT coalesce(sum(status = 'Delivered'), 0), coalesce(sum(status = 'DeadLettered'), 0)
        FROM deliveries INDEXED BY ix_deliveries_finished
        WHERE status IN ('Delivered', 'DeadLettered') AND updated_at >= $from AND updated_at < $to
        """;

    public static IReadOnlyList<ThroughputBucket> Read(SqliteConnection connection, DateTimeOffset from, DateTimeOffset to, TimeSpan bucket)
    {
        var size = bucket.Ticks;
        var start = from.UtcTicks - (from.UtcTicks % size);
        var count = (int)((to.UtcTicks - start + size - 1) / size);
        var received = Count(connection, ReceivedSql, start, size, count);
        var rejected = Count(connection, RejectedSql, start, size, count);
        var finished = Count(connection, FinishedSql, start, size, count);
        return [.. Enumerable.Range(0, count).Select(i => new ThroughputBucket(
            SqliteTime.FromTicks(start + (i * size)), received[i].First, finished[i].First, rejected[i].First, finished[i].Second))];
    }

    private static (int First, int Second)[] Count(SqliteConnection connection, string sql, long start, long size, int count)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var from = command.Parameters.Add("$from", SqliteType.Integer);
        var to = command.Parameters.Add("$to", SqliteType.Integer);
        command.Prepare();
        var counts = new (int, int)[count];
        for (var i = 0; i < count; i++)
        {
            from.Value = start + (i * size);
            to.Value = start + ((i + 1) * size);
            using var reader = command.ExecuteReader();
            reader.Read();
            counts[i] = (reader.GetInt32(0), reader.GetInt32(1));
        }

        return counts;
    }
}
