namespace Interop.Engine.Sqlite.Database;

/// <summary>Version 2: a delivery records the mapping its route asked for, so a retry or a dry run builds the same output.</summary>
internal static class SchemaV2
{
    public const string Script = """
        ALTER TABLE deliveries ADD COLUMN mapping TEXT;
        """;
}
