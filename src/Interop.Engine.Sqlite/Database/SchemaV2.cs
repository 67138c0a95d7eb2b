namespace Interop.Engine.Sqlite.Database;

/// <summary>
/// Version 2: a delivery records the mapping its route asked for, so a retry or a dry run builds the same output; a
/// message records the document it carries and the one it replaces, so a replacement finds what it supersedes.
/// </summary>
internal static class SchemaV2
{
    public const string Script = """
        ALTER TABLE deliveries ADD COLUMN mapping TEXT;
        ALTER TABLE messages ADD COLUMN document_id TEXT;
        ALTER TABLE messages ADD COLUMN replaces_document_id TEXT;
        CREATE INDEX ix_messages_document ON messages (document_id, received_at, id) WHERE document_id IS NOT NULL;
        """;
}
