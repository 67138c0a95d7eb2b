namespace Interop.Engine.Sqlite.Database;

/// <summary>
/// Version 3: the audit log of operator actions (reveal, replay, bulk replay), paged newest first on (at, id) like the
/// message search, or for one message on (message_id, at, id); and an index that finds a message's replays.
/// </summary>
internal static class SchemaV3
{
    // Actor and action filters are checked on the rows ix_audit_at yields: operators act a few hundred times a day,
    // not millions, so an index per filter would cost every insert for little.
    public const string Script = """
        CREATE TABLE audit (
            id TEXT NOT NULL PRIMARY KEY,
            at INTEGER NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            message_id TEXT,
            detail TEXT
        );
        CREATE INDEX ix_audit_at ON audit (at, id);
        CREATE INDEX ix_audit_message ON audit (message_id, at, id) WHERE message_id IS NOT NULL;
        CREATE INDEX ix_messages_replay_of ON messages (replay_of, received_at, id) WHERE replay_of IS NOT NULL;
        """;
}
