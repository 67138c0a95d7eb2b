using System.Runtime.InteropServices;
using Interop.Engine.Messages;
using Interop.Engine.Sqlite.Database;

namespace Interop.Engine.Sqlite.Storage;

/// <summary>The message store's writes, run on the writer inside one operation's savepoint.</summary>
internal static class MessageCommands
{
    // The WHERE clauses repeat the dedup indexes' conditions word for word: SQLite uses a partial index only for a query
    // whose WHERE implies the index's.
    internal const string FindOriginalByHeader = """
        SELECT id FROM messages
        WHERE coalesce(sender_ods, client_id) = $sender AND message_header_id = $key
          AND message_header_id IS NOT NULL AND replay_of IS NULL AND status NOT IN ('Duplicate', 'Rejected')
        ORDER BY received_at, id LIMIT 1
        """;

    internal const string FindOriginalByBundle = """
        SELECT id FROM messages
        WHERE coalesce(sender_ods, client_id) = $sender AND bundle_identifier = $key
          AND bundle_identifier IS NOT NULL AND replay_of IS NULL AND status NOT IN ('Duplicate', 'Rejected')
        ORDER BY received_at, id LIMIT 1
        """;

    /// <summary>The message that <paramref name="message"/> repeats, or null: same sender and same header id or Bundle identifier.</summary>
    public static string? FindOriginal(WriteSession session, IncomingMessage message)
    {
        if (message.ReplayOf is not null)
        {
            return null;
        }

        var sender = message.Envelope.SenderOds ?? message.ClientId;
        return FindBy(session, FindOriginalByHeader, sender, message.Envelope.MessageHeaderId)
            ?? FindBy(session, FindOriginalByBundle, sender, message.Envelope.BundleIdentifier);
    }

    public static void Insert(WriteSession session, IncomingMessage message, MessageStatus status, string? duplicateOf)
    {
        var envelope = message.Envelope;
        session.Command("""
            INSERT INTO messages (
                id, received_at, client_id, fhir_version, content_type, message_header_id, bundle_identifier, event_system,
                event, sender_ods, recipient_ods, source_endpoint, patient_nhs_number, inf_ack_requested, bus_ack_requested,
                status, replay_of, duplicate_of, document_id, replaces_document_id, sender_reference)
            VALUES (
                $id, $received_at, $client_id, $fhir_version, $content_type, $message_header_id, $bundle_identifier, $event_system,
                $event, $sender_ods, $recipient_ods, $source_endpoint, $patient_nhs_number, $inf_ack, $bus_ack,
                $status, $replay_of, $duplicate_of, $document_id, $replaces_document_id, $sender_reference)
            """)
            .Bind("$id", message.Id)
            .Bind("$received_at", SqliteTime.ToTicks(message.ReceivedAt))
            .Bind("$client_id", message.ClientId)
            .Bind("$fhir_version", message.FhirVersion)
            .Bind("$content_type", message.ContentType)
            .Bind("$message_header_id", envelope.MessageHeaderId)
            .Bind("$bundle_identifier", envelope.BundleIdentifier)
            .Bind("$event_system", envelope.EventSystem)
            .Bind("$event", envelope.Event)
            .Bind("$sender_ods", envelope.SenderOds)
            .Bind("$recipient_ods", envelope.RecipientOds)
            .Bind("$source_endpoint", envelope.SourceEndpoint)
            .Bind("$patient_nhs_number", envelope.PatientNhsNumber)
            .Bind("$inf_ack", envelope.InfAckRequested)
            .Bind("$bus_ack", envelope.BusAckRequested)
            .Bind("$status", status.ToString())
            .Bind("$replay_of", message.ReplayOf)
            .Bind("$duplicate_of", duplicateOf)
            .Bind("$document_id", envelope.DocumentId)
            .Bind("$replaces_document_id", envelope.ReplacesDocumentId)
            .Bind("$sender_reference", envelope.SenderReference)
            .ExecuteNonQuery();
        session.Command("INSERT INTO message_payloads (message_id, payload) VALUES ($id, $payload)")
            .Bind("$id", message.Id)
            .Bind("$payload", AsArray(message.Payload))
            .ExecuteNonQuery();
    }

    /// <summary>The message's received_at ticks, or null when there is no such message.</summary>
    public static long? FindReceivedAt(WriteSession session, string messageId) =>
        session.Command("SELECT received_at FROM messages WHERE id = $id").Bind("$id", messageId).ExecuteScalar() as long?;

    /// <summary>The message's status; the message must exist.</summary>
    public static MessageStatus FindStatus(WriteSession session, string messageId) =>
        Enum.Parse<MessageStatus>((string)session.Command("SELECT status FROM messages WHERE id = $id").Bind("$id", messageId).ExecuteScalar()!);

    /// <summary>The status the message's deliveries add up to (see <see cref="MessageUpdate.DeriveStatusFromDeliveries"/>).</summary>
    public static MessageStatus StatusFromDeliveries(WriteSession session, string messageId)
    {
        using var reader = session.Command("""
            SELECT count(*), sum(status = 'Delivered'), sum(status = 'DeadLettered') FROM deliveries WHERE message_id = $id
            """).Bind("$id", messageId).ExecuteReader();
        reader.Read();
        var (total, delivered, dead) = (reader.GetInt64(0), reader.IsDBNull(1) ? 0 : reader.GetInt64(1), reader.IsDBNull(2) ? 0 : reader.GetInt64(2));
        return total == 0 || delivered + dead < total ? MessageStatus.Routed
            : dead == 0 ? MessageStatus.Delivered
            : delivered == 0 ? MessageStatus.DeadLettered
            : MessageStatus.PartiallyDelivered;
    }

    public static void SetStatus(WriteSession session, string messageId, MessageStatus status) =>
        session.Command("UPDATE messages SET status = $status WHERE id = $id")
            .Bind("$id", messageId)
            .Bind("$status", status.ToString())
            .ExecuteNonQuery();

    public static void AppendTimeline(WriteSession session, string messageId, TimelineEntry entry) =>
        session.Command("""
            INSERT INTO timeline (message_id, seq, at, step, outcome, code, detail, destination, attempt, http_status, latency_ms)
            VALUES ($message_id, (SELECT coalesce(max(seq), 0) + 1 FROM timeline WHERE message_id = $message_id),
                    $at, $step, $outcome, $code, $detail, $destination, $attempt, $http_status, $latency_ms)
            """)
            .Bind("$message_id", messageId)
            .Bind("$at", SqliteTime.ToTicks(entry.At))
            .Bind("$step", entry.Step)
            .Bind("$outcome", entry.Outcome)
            .Bind("$code", entry.Code)
            .Bind("$detail", entry.Detail)
            .Bind("$destination", entry.Destination)
            .Bind("$attempt", entry.Attempt)
            .Bind("$http_status", entry.HttpStatus)
            .Bind("$latency_ms", entry.LatencyMs)
            .ExecuteNonQuery();

    /// <summary>Inserts or replaces the delivery to one destination; a new destination goes after the existing ones.</summary>
    public static void UpsertDelivery(WriteSession session, string messageId, long receivedAt, DeliveryRecord delivery) =>
        session.Command("""
            INSERT INTO deliveries (message_id, destination, ordinal, received_at, status, attempts, last_error, idempotency_key, updated_at, mapping)
            VALUES ($message_id, $destination, (SELECT coalesce(max(ordinal), 0) + 1 FROM deliveries WHERE message_id = $message_id),
                    $received_at, $status, $attempts, $last_error, $idempotency_key, $updated_at, $mapping)
            ON CONFLICT (message_id, destination) DO UPDATE SET
                status = excluded.status, attempts = excluded.attempts, last_error = excluded.last_error,
                idempotency_key = excluded.idempotency_key, updated_at = excluded.updated_at, mapping = excluded.mapping
            """)
            .Bind("$message_id", messageId)
            .Bind("$destination", delivery.Destination)
            .Bind("$received_at", receivedAt)
            .Bind("$status", delivery.Status.ToString())
            .Bind("$attempts", delivery.Attempts)
            .Bind("$last_error", delivery.LastError)
            .Bind("$idempotency_key", delivery.IdempotencyKey)
            .Bind("$updated_at", SqliteTime.ToTicks(delivery.UpdatedAt))
            .Bind("$mapping", delivery.Mapping)
            .ExecuteNonQuery();

    private static string? FindBy(WriteSession session, string sql, string sender, string? key) =>
        key is null ? null : session.Command(sql).Bind("$sender", sender).Bind("$key", key).ExecuteScalar() as string;

    private static byte[] AsArray(ReadOnlyMemory<byte> payload) =>
        MemoryMarshal.TryGetArray(payload, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : payload.ToArray();
}
