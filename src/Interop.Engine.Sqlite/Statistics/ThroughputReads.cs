using Interop.Engine.Sqlite.Database;
using Interop.Engine.Storage;
using Microsoft.Data.Sqlite;

namespace Interop.Engine.Sqlite.Statistics;

/// <summary>Counts per time bucket, each from an index that starts with the time it counts by, so only the range is read.</summary>
internal static class ThroughputReads
{
    internal const string ReceivedSql = """
        SELECT (received_at - $start) / $size, count(*), 0
        FROM messages INDEXED BY ix_messages_received
        WHERE received_at >= $start AND received_at < $end
        GROUP BY 1
        """;

    internal const string RejectedSql = """
        SELECT (received_at - $start) / $size, count(*), 0
        FROM messages INDEXED BY ix_messages_status
        WHERE status = 'Rejected' AND received_at >= $start AND received_at < $end
        GROUP BY 1
        """;

    internal const string FinishedSql = """
        SELECT (updated_at - $start) / $size, sum(status = 'Delivered'), sum(status = 'DeadLettered')
        FROM deliveries INDEXED BY ix_deliveries_finished
        WHERE status IN ('Delivered', 'DeadLettered') AND updated_at >= $start AND updated_at < $end
        GROUP BY 1
        """;

    public static IReadOnlyList<ThroughputBucket> Read(SqliteConnection connection, DateTimeOffset from, DateTimeOffset to, TimeSpan bucket)
    {
        var size = bucket.Ticks;
        var start = from.UtcTicks - (from.UtcTicks % size);
        var count = (int)((to.UtcTicks - start + size - 1) / size);
        var received = new int[count];
        var rejected = new int[count];
        var delivered = new int[count];
        var dead = new int[count];
        Fill(connection, ReceivedSql, start, size, count, received, null);
        Fill(connection, RejectedSql, start, size, count, rejected, null);
        Fill(connection, FinishedSql, start, size, count, delivered, dead);
        return [.. Enumerable.Range(0, count).Select(i =>
            new ThroughputBucket(SqliteTime.FromTicks(start + (i * size)), received[i], delivered[i], rejected[i], dead[i]))];
    }

    private static void Fill(SqliteConnection connection, string sql, long start, long size, int count, int[] first, int[]? second)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Bind("$start", start).Bind("$end", start + (count * size)).Bind("$size", size);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var index = reader.GetInt32(0);
            first[index] = reader.GetInt32(1);
            if (second is not null)
            {
                second[index] = reader.GetInt32(2);
            }
        }
    }
}
