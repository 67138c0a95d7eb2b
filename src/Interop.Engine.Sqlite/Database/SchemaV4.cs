namespace Interop.Engine.Sqlite.Database;

/// <summary>
/// Version 4: indexes for the console's aggregates. Each one leads with the time column an aggregate's range is on and
/// carries every column the aggregate reads, so a range is one index range scan and never touches the tables.
/// </summary>
internal static class SchemaV4
{
    // Dead-letter groups: dead-lettered deliveries by received_at (partial, so it holds only the few that failed).
    // Destination activity: deliveries by received_at with destination and status; HTTP attempts by time with their
    //   outcome and latency (partial: only deliver steps that made a call).
    // Throughput: deliveries that ended, by when they ended. Messages received and rejected use ix_messages_received
    //   and ix_messages_status from version 1.
    // The partial indexes' WHERE clauses are repeated word for word in the queries (SQLite needs that to use them), and
    // their columns include the ones those clauses name: SQLite reads a column a query names from the table unless the
    // index holds it, even when the index's WHERE already fixes it (measured: 83,000 attempts in 250 ms instead of ~25).
    public const string Script = """
        CREATE INDEX ix_deliveries_dead_letters ON deliveries (received_at, last_error, destination, status)
            WHERE status = 'DeadLettered';
        CREATE INDEX ix_deliveries_received ON deliveries (received_at, destination, status);
        CREATE INDEX ix_deliveries_finished ON deliveries (updated_at, status)
            WHERE status IN ('Delivered', 'DeadLettered');
        CREATE INDEX ix_timeline_attempts ON timeline (at, destination, outcome, latency_ms, step)
            WHERE step = 'deliver' AND latency_ms IS NOT NULL;
        """;
}
