namespace Interop.Engine.Sqlite;

/// <summary>Where and how the embedded SQLite engine keeps its messages and queues.</summary>
public sealed class SqliteEngineOptions
{
    /// <summary>The database file (its folder is created when missing); required, the host chooses it.</summary>
    public string DatabasePath { get; set; } = "";

    /// <summary>How long a connection waits for a lock before failing; default 5 seconds.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The most write operations committed together in one transaction; default 256.</summary>
    public int MaxBatchSize { get; set; } = 256;

    /// <summary>Write operations waiting for the writer before callers are held back; default 4,096.</summary>
    public int WriteQueueCapacity { get; set; } = 4096;
}
