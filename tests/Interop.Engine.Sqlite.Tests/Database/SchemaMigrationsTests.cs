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

    [Fact]
    public void Migrate_DatabaseAtVersion2_KeepsItsMessagesAndAddsTheAuditLogAndReplayIndex()
    {
        using var connection = new SqliteConnection($"Data Source={_path};Pooling=False");
        connection.Open();
        Execute(connection, SchemaV1.Script + SchemaV2.Script + "\nPRAGMA user_version = 2;");
        Execute(connection, """
            INSERT INTO messages (id, received_at, client_id, fhir_version, content_type, inf_ack_requested, bus_ack_requested, status, replay_of, payload)
            VALUES ('m2', 1, 'demo-pharmacy', 'STU3', 'application/fhir+xml', 0, 0, 'Received', 'm1', x'00');
            """);

        var found = SchemaMigrations.Migrate(connection);

        found.Should().Be(2);
        SchemaMigrations.ReadVersion(connection).Should().Be(SchemaMigrations.LatestVersion);
        Scalar(connection, "SELECT count(*) FROM messages WHERE replay_of = 'm1'").Should().Be(1L);
        Scalar(connection, "SELECT count(*) FROM audit").Should().Be(0L);
        Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN ('ix_audit_at', 'ix_audit_message', 'ix_messages_replay_of')")
            .Should().Be(3L);
    }

    [Fact]
    public void Migrate_DatabaseAtVersion4_KeepsItsMessagesWithNoSenderReferenceRecorded()
    {
        using var connection = new SqliteConnection($"Data Source={_path};Pooling=False");
        connection.Open();
        Execute(connection, SchemaV1.Script + SchemaV2.Script + SchemaV3.Script + SchemaV4.Script + "\nPRAGMA user_version = 4;");
        Execute(connection, """
            INSERT INTO messages (id, received_at, client_id, fhir_version, content_type, inf_ack_requested, bus_ack_requested, status, payload)
            VALUES ('m4', 1, 'demo-pharmacy', 'STU3', 'application/fhir+xml', 1, 1, 'Received', x'00');
            """);

        var found = SchemaMigrations.Migrate(connection);

        found.Should().Be(4);
        SchemaMigrations.ReadVersion(connection).Should().Be(SchemaMigrations.LatestVersion);
        Scalar(connection, "SELECT count(*) FROM messages WHERE id = 'm4' AND sender_reference IS NULL").Should().Be(1L);
    }

    [Fact]
    public void Migrate_DatabaseAtVersion5_MovesEachPayloadToATableOfItsOwn()
    {
        using var connection = new SqliteConnection($"Data Source={_path};Pooling=False;Foreign Keys=True");
        connection.Open();
        Execute(connection, SchemaV1.Script + SchemaV2.Script + SchemaV3.Script + SchemaV4.Script + SchemaV5.Script + "\nPRAGMA user_version = 5;");
        Execute(connection, """
            INSERT INTO messages (id, received_at, client_id, fhir_version, content_type, inf_ack_requested, bus_ack_requested, status, payload, sender_reference)
            VALUES ('m5', 1, 'demo-pharmacy', 'STU3', 'application/fhir+xml', 1, 1, 'Routed', x'3c42756e646c652f3e', 'ref-5');
            """);

        var found = SchemaMigrations.Migrate(connection);

        found.Should().Be(5);
        SchemaMigrations.ReadVersion(connection).Should().Be(SchemaMigrations.LatestVersion);
        Scalar(connection, "SELECT payload FROM message_payloads WHERE message_id = 'm5'").Should().BeEquivalentTo("<Bundle/>"u8.ToArray());
        Scalar(connection, "SELECT count(*) FROM messages WHERE id = 'm5' AND status = 'Routed' AND sender_reference = 'ref-5'").Should().Be(1L);
        Scalar(connection, "SELECT count(*) FROM pragma_table_info('messages') WHERE name = 'payload'").Should().Be(0L, "a status change must not rewrite the payload");
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
