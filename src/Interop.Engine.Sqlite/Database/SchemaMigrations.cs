using Microsoft.Data.Sqlite;

namespace Interop.Engine.Sqlite.Database;

/// <summary>
/// The schema, as forward-only migrations numbered by <c>PRAGMA user_version</c>: a database at version N gets scripts
/// N+1 onwards, each in its own transaction with the version bump, so reopening is a no-op and a crash mid-migration
/// leaves the previous version intact. Never edit a released script; add the next one.
/// </summary>
internal static class SchemaMigrations
{
    private static readonly string[] Scripts =
    [
        SchemaV1.Script,
        SchemaV2.Script,
        SchemaV3.Script,
        SchemaV4.Script,
        SchemaV5.Script,
        SchemaV6.Script,
    ];

    /// <summary>The version this code writes.</summary>
    public static int LatestVersion => Scripts.Length;

    /// <summary>Brings the database to <see cref="LatestVersion"/>; returns the version it found.</summary>
    public static int Migrate(SqliteConnection connection)
    {
        var found = ReadVersion(connection);
        if (found > LatestVersion)
        {
            throw new InvalidOperationException(
                $"The database is at schema version {found}, newer than this engine's {LatestVersion}; upgrade the engine.");
        }

        for (var version = found + 1; version <= LatestVersion; version++)
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = Scripts[version - 1] + $"\nPRAGMA user_version = {version};";
            command.ExecuteNonQuery();
            transaction.Commit();
        }

        return found;
    }

    public static int ReadVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
