namespace Interop.Engine.Sqlite.Database;

/// <summary>Schema version 1: messages, deliveries, timeline and queue messages.</summary>
internal static class SchemaV1
{
    // Times are UTC ticks; statuses are the enum member names (the dedup indexes below name two of them).
    // Search indexes: each leads with one filter's equality column and ends with the keyset (received_at, id), so a
    // page is an ordered index range scan, read backwards, however many rows there are:
    //   no filter or only From/To -> ix_messages_received; Status -> ix_messages_status; Event -> ix_messages_event;
    //   Sender -> ix_messages_sender; NhsNumber -> ix_messages_nhs_number; Destination -> ix_deliveries_destination
    //   (deliveries carry a copy of received_at for that). Further filters are checked on the rows the index yields.
    // Dedup indexes are partial: only messages that count (not duplicates, replays or rejected) are in them, and a
    // status change in or out of Rejected moves the row in or out with it.
    public const string Script = """
        CREATE TABLE messages (
            id TEXT NOT NULL PRIMARY KEY,
            received_at INTEGER NOT NULL,
            client_id TEXT NOT NULL,
            fhir_version TEXT NOT NULL,
            content_type TEXT NOT NULL,
            message_header_id TEXT,
            bundle_identifier TEXT,
            event_system TEXT,
            event TEXT,
            sender_ods TEXT,
            recipient_ods TEXT,
            source_endpoint TEXT,
            patient_nhs_number TEXT,
            inf_ack_requested INTEGER NOT NULL,
            bus_ack_requested INTEGER NOT NULL,
            status TEXT NOT NULL,
            replay_of TEXT,
            duplicate_of TEXT,
            payload BLOB NOT NULL -- last, so reading the other columns never walks the payload's overflow pages
        );
        CREATE INDEX ix_messages_received ON messages (received_at, id);
        CREATE INDEX ix_messages_status ON messages (status, received_at, id);
        CREATE INDEX ix_messages_event ON messages (event, received_at, id);
        CREATE INDEX ix_messages_sender ON messages (sender_ods, received_at, id);
        CREATE INDEX ix_messages_nhs_number ON messages (patient_nhs_number, received_at, id);
        CREATE INDEX ix_messages_dedup_header ON messages (coalesce(sender_ods, client_id), message_header_id)
            WHERE message_header_id IS NOT NULL AND replay_of IS NULL AND status NOT IN ('Duplicate', 'Rejected');
        CREATE INDEX ix_messages_dedup_bundle ON messages (coalesce(sender_ods, client_id), bundle_identifier)
            WHERE bundle_identifier IS NOT NULL AND replay_of IS NULL AND status NOT IN ('Duplicate', 'Rejected');

        CREATE TABLE deliveries (
            message_id TEXT NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
            destination TEXT NOT NULL,
            ordinal INTEGER NOT NULL,
            received_at INTEGER NOT NULL,
            status TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            last_error TEXT,
            idempotency_key TEXT NOT NULL,
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (message_id, destination)
        ) WITHOUT ROWID;
        CREATE INDEX ix_deliveries_destination ON deliveries (destination, received_at, message_id);

        CREATE TABLE timeline (
            message_id TEXT NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            at INTEGER NOT NULL,
            step TEXT NOT NULL,
            outcome TEXT NOT NULL,
            code TEXT,
            detail TEXT,
            destination TEXT,
            attempt INTEGER,
            http_status INTEGER,
            latency_ms REAL,
            PRIMARY KEY (message_id, seq)
        ) WITHOUT ROWID;

        CREATE TABLE queue_messages (
            id TEXT NOT NULL PRIMARY KEY,
            queue TEXT NOT NULL,
            body TEXT NOT NULL,
            inserted_at INTEGER NOT NULL,
            visible_at INTEGER NOT NULL,
            dequeue_count INTEGER NOT NULL,
            pop_receipt TEXT
        );
        -- Receive scans one queue's visible jobs in visible_at order; stats count a queue and find its oldest insert.
        CREATE INDEX ix_queue_messages_visible ON queue_messages (queue, visible_at, inserted_at);
        """;
}
