using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Interop.Benchmarks.ConsoleStore;

/// <summary>
/// Copies the block of messages the store wrote, with their deliveries and timelines, <c>copies - 1</c> times, each copy
/// one block's time span after the previous one, with new ids (two hex digits of the copy number in front of the store's
/// 32, so they never meet the originals; copies left by a stopped run are deleted first). Only the ids,
/// keys and times are named; every other column is copied as the store wrote it, so no more of the schema is repeated here.
/// </summary>
internal static class BlockCopies
{
    public static void Fill(string path, int copies, TimeSpan blockSpan)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        // A live engine would have taken every job long ago; a million waiting jobs would make queue depth unlike any real store.
        Execute(connection, """
            PRAGMA foreign_keys = ON;
            DELETE FROM queue_messages;
            DELETE FROM main.messages WHERE length(id) <> 32;
            CREATE TEMP TABLE block_messages AS SELECT * FROM main.messages;
            CREATE TEMP TABLE block_deliveries AS SELECT * FROM main.deliveries;
            CREATE TEMP TABLE block_timeline AS SELECT * FROM main.timeline;
            UPDATE block_messages SET id = '00' || id;
            UPDATE block_deliveries SET message_id = '00' || message_id;
            UPDATE block_timeline SET message_id = '00' || message_id;
            """);
        for (var copy = 1; copy < copies; copy++)
        {
            var prefix = copy.ToString("x2", CultureInfo.InvariantCulture);
            var shift = blockSpan.Ticks.ToString(CultureInfo.InvariantCulture);
            Execute(connection, $"""
                BEGIN;
                UPDATE block_messages SET id = '{prefix}' || substr(id, 3), received_at = received_at + {shift},
                    message_header_id = '{prefix}' || substr(message_header_id, 3), bundle_identifier = '{prefix}' || substr(bundle_identifier, 3);
                UPDATE block_deliveries SET message_id = '{prefix}' || substr(message_id, 3), received_at = received_at + {shift},
                    updated_at = updated_at + {shift}, idempotency_key = '{prefix}' || substr(idempotency_key, 3);
                UPDATE block_timeline SET message_id = '{prefix}' || substr(message_id, 3), at = at + {shift};
                INSERT INTO main.messages SELECT * FROM block_messages;
                INSERT INTO main.deliveries SELECT * FROM block_deliveries;
                INSERT INTO main.timeline SELECT * FROM block_timeline;
                COMMIT;
                """);
            Console.WriteLine($"  copy {copy} of {copies - 1}");
        }

        Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }
}
