namespace Interop.Engine.Sqlite.Database;

/// <summary>
/// Version 5: the ITK SenderReference read at the door, so acknowledging a message no longer reads and parses its payload.
/// Messages stored before it have none recorded; the acknowledge step reads theirs from the payload as before.
/// </summary>
internal static class SchemaV5
{
    public const string Script = """
        ALTER TABLE messages ADD COLUMN sender_reference TEXT;
        """;
}
