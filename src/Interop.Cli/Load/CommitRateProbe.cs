using Microsoft.Data.Sqlite;

namespace Interop.Cli.Load;

/// <summary>
/// Measures the ceiling a store that commits every message on its own would hit: one writer making small transactions
/// in a fresh SQLite database in WAL mode with synchronous=FULL (each commit waits for the disk), as the engine's store is set up.
/// </summary>
internal static class CommitRateProbe
{
    private const int RowBytes = 256;

    /// <summary>Commits one small row per transaction for <paramref name="duration"/> in a temporary database under <paramref name="directory"/>.</summary>
    public static CommitRate Measure(string directory, TimeSpan duration, TimeProvider time)
    {
        var folder = Path.Combine(directory, "interop-load-commit-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "probe.db"), Pooling = false }.ToString());
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE probe (id INTEGER PRIMARY KEY, body BLOB NOT NULL);");
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO probe (body) VALUES ($body)";
            insert.Parameters.AddWithValue("$body", new byte[RowBytes]);

            var commits = 0;
            var start = time.GetTimestamp();
            while (time.GetElapsedTime(start) < duration)
            {
                using var transaction = connection.BeginTransaction();
                insert.Transaction = transaction;
                insert.ExecuteNonQuery();
                transaction.Commit();
                commits++;
            }

            return new CommitRate(commits, time.GetElapsedTime(start).TotalSeconds);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
