namespace Interop.Engine.Sqlite.Database;

/// <summary>
/// Version 6: payloads move to a table of their own. Versions 2 and 5 added columns after <c>payload</c>, so reading a
/// message's metadata walked its payload's overflow pages (some 18 pages for a 36 KB message), and every status change
/// wrote the whole payload again into the WAL. Now the metadata row stays small, and the payload is written once and read
/// only by the steps that need it. Dropping the column rewrites the messages table once.
/// </summary>
internal static class SchemaV6
{
    public const string Script = """
        CREATE TABLE message_payloads (
            message_id TEXT NOT NULL PRIMARY KEY REFERENCES messages (id),
            payload BLOB NOT NULL
        );
        INSERT INTO message_payloads (message_id, payload) SELECT id, payload FROM messages;
        ALTER TABLE messages DROP COLUMN payload;
        """;
}
