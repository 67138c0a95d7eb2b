using Interop.Engine.Sqlite.Database;
using Microsoft.Data.Sqlite;

namespace Interop.Engine.Sqlite.Tests.Database;

public sealed class SchemaMigrationsTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"interop-migrate-{Guid.NewGuid():N}.db");

    [Fact]
    public void Migrate_DatabaseAtVersion1_KeepsItsDeliveriesAndAddsTheirMapping()
    {
        using var connection = new SqliteConnection($"Data Source={_path};Pooling=False");
        connection.Open();
        Execute(connection, SchemaV1.Script + "\nPRAGMA user_version = 1;");
        // Only the delivery row matters here, so its message row is left out.
        Execute(connection, """
            PRAGMA foreign_keys = OFF;
            INSERT INTO deliveries (message_id, destination, ordinal, received_at, status, attempts, idempotency_key, updated_at)
            VALUES ('m1', 'gp-a81001', 1, 0, 'Pending', 0, 'm1.gp-a81001', 0);
            """);

        var found = SchemaMigrations.Migrate(connection);

        found.Should().Be(1);
        SchemaMigrations.ReadVersion(connection).Should().Be(SchemaMigrations.LatestVersion);
        Scalar(connection, "SELECT count(*) FROM deliveries WHERE idempotency_key = 'm1.gp-a81001' AND mapping IS NULL").Should().Be(1L);
    }

    public void Dispose() => File.Delete(_path);

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
