using Interop.Engine.Queues;
using Interop.Engine.Sqlite.Database;
using Microsoft.Data.Sqlite;

namespace Interop.Engine.Sqlite.Queues;

/// <summary>The queue's SQL, run on the writer (so the store can enqueue in its own commits) or on a read connection.</summary>
internal static class QueueCommands
{
    // SQLite makes the pop receipt: a fresh random 128-bit value on every receive and visibility update.
    private const string NewPopReceipt = "lower(hex(randomblob(16)))";

    // Version 7 GUIDs grow with time, so inserts append to the primary key's last page instead of dirtying a random one.
    public static void Enqueue(WriteSession session, QueueJob job, DateTimeOffset now) =>
        session.Command("""
            INSERT INTO queue_messages (id, queue, body, inserted_at, visible_at, dequeue_count)
            VALUES ($id, $queue, $body, $now, $visible_at, 0)
            """)
            .Bind("$id", Guid.CreateVersion7(now).ToString("N"))
            .Bind("$queue", job.Queue)
            .Bind("$body", job.Body)
            .Bind("$now", SqliteTime.ToTicks(now))
            .Bind("$visible_at", SqliteTime.ToTicks(now + job.VisibilityDelay))
            .ExecuteNonQuery();

    /// <summary>Claims the oldest visible jobs: the writer runs one operation at a time, so no two receives claim the same job.</summary>
    public static IReadOnlyList<LeasedMessage> Receive(WriteSession session, string queue, int maxMessages, DateTimeOffset now, TimeSpan visibilityTimeout)
    {
        // Oldest by visible_at: a job without delay becomes visible when inserted, and this order lets the index both
        // find the visible jobs and return them in order.
        var command = session.Command($"""
            UPDATE queue_messages
            SET visible_at = $until, dequeue_count = dequeue_count + 1, pop_receipt = {NewPopReceipt}
            WHERE id IN (
                SELECT id FROM queue_messages
                WHERE queue = $queue AND visible_at <= $now
                ORDER BY visible_at, inserted_at
                LIMIT $max)
            RETURNING id, pop_receipt, dequeue_count, body, inserted_at
            """)
            .Bind("$queue", queue)
            .Bind("$now", SqliteTime.ToTicks(now))
            .Bind("$until", SqliteTime.ToTicks(now + visibilityTimeout))
            .Bind("$max", maxMessages);
        var leased = new List<LeasedMessage>(maxMessages);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                leased.Add(new LeasedMessage(
                    queue, reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3), SqliteTime.FromTicks(reader.GetInt64(4))));
            }
        }

        // RETURNING gives rows in no promised order.
        leased.Sort((a, b) => a.InsertedAt.CompareTo(b.InsertedAt));
        return leased;
    }

    public static bool Delete(WriteSession session, LeasedMessage message) =>
        session.Command("DELETE FROM queue_messages WHERE id = $id AND queue = $queue AND pop_receipt = $pop_receipt")
            .Bind("$id", message.Id)
            .Bind("$queue", message.Queue)
            .Bind("$pop_receipt", message.PopReceipt)
            .ExecuteNonQuery() == 1;

    public static LeasedMessage? UpdateVisibility(WriteSession session, LeasedMessage message, DateTimeOffset now, TimeSpan visibilityTimeout)
    {
        var command = session.Command($"""
            UPDATE queue_messages SET visible_at = $until, pop_receipt = {NewPopReceipt}
            WHERE id = $id AND queue = $queue AND pop_receipt = $pop_receipt
            RETURNING pop_receipt, dequeue_count, body
            """)
            .Bind("$id", message.Id)
            .Bind("$queue", message.Queue)
            .Bind("$pop_receipt", message.PopReceipt)
            .Bind("$until", SqliteTime.ToTicks(now + visibilityTimeout));
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? message with { PopReceipt = reader.GetString(0), DequeueCount = reader.GetInt32(1), Body = reader.GetString(2) }
            : null;
    }

    public static bool AnyVisible(SqliteConnection connection, string queue, DateTimeOffset now)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM queue_messages WHERE queue = $queue AND visible_at <= $now)";
        command.Bind("$queue", queue).Bind("$now", SqliteTime.ToTicks(now));
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 1;
    }

    public static QueueStats Stats(SqliteConnection connection, string queue)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*), min(inserted_at) FROM queue_messages WHERE queue = $queue";
        command.Bind("$queue", queue);
        using var reader = command.ExecuteReader();
        reader.Read();
        return new QueueStats(queue, reader.GetInt32(0), reader.IsDBNull(1) ? null : SqliteTime.FromTicks(reader.GetInt64(1)));
    }
}
