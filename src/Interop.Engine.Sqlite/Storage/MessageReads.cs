using Interop.Engine.Messages;
using Interop.Engine.Sqlite.Database;
using Microsoft.Data.Sqlite;

namespace Interop.Engine.Sqlite.Storage;

/// <summary>Reads one message, run inside a read transaction so its rows, deliveries and timeline are one snapshot.</summary>
internal static class MessageReads
{
    public static StoredMessage? Find(SqliteConnection connection, string messageId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, received_at, client_id, fhir_version, content_type, message_header_id, bundle_identifier, event_system,
                   event, sender_ods, recipient_ods, source_endpoint, patient_nhs_number, inf_ack_requested, bus_ack_requested,
                   status, replay_of, document_id, replaces_document_id, sender_reference
            FROM messages WHERE id = $id
            """;
        command.Bind("$id", messageId);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var envelope = new MessageEnvelope(
            reader.GetNullableString(5),
            reader.GetNullableString(6),
            reader.GetNullableString(7),
            reader.GetNullableString(8),
            reader.GetNullableString(9),
            reader.GetNullableString(10),
            reader.GetNullableString(11),
            reader.GetNullableString(12),
            reader.GetBoolean(13),
            reader.GetBoolean(14),
            reader.GetNullableString(17),
            reader.GetNullableString(18),
            reader.GetNullableString(19));
        return new StoredMessage(
            reader.GetString(0),
            SqliteTime.FromTicks(reader.GetInt64(1)),
            reader.GetString(2),
            reader.GetString(3),
            reader.GetString(4),
            envelope,
            Enum.Parse<MessageStatus>(reader.GetString(15)),
            reader.GetNullableString(16),
            ReadDeliveries(connection, messageId),
            ReadTimeline(connection, messageId));
    }

    public static byte[]? ReadPayload(SqliteConnection connection, string messageId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload FROM message_payloads WHERE message_id = $id";
        command.Bind("$id", messageId);
        return command.ExecuteScalar() as byte[];
    }

    private static List<DeliveryRecord> ReadDeliveries(SqliteConnection connection, string messageId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT destination, status, attempts, last_error, idempotency_key, updated_at, mapping
            FROM deliveries WHERE message_id = $id ORDER BY ordinal
            """;
        command.Bind("$id", messageId);
        using var reader = command.ExecuteReader();
        var deliveries = new List<DeliveryRecord>();
        while (reader.Read())
        {
            deliveries.Add(new DeliveryRecord(
                reader.GetString(0),
                Enum.Parse<DeliveryStatus>(reader.GetString(1)),
                reader.GetInt32(2),
                reader.GetNullableString(3),
                reader.GetString(4),
                SqliteTime.FromTicks(reader.GetInt64(5)),
                reader.GetNullableString(6)));
        }

        return deliveries;
    }

    private static List<TimelineEntry> ReadTimeline(SqliteConnection connection, string messageId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT at, step, outcome, code, detail, destination, attempt, http_status, latency_ms
            FROM timeline WHERE message_id = $id ORDER BY seq
            """;
        command.Bind("$id", messageId);
        using var reader = command.ExecuteReader();
        var timeline = new List<TimelineEntry>();
        while (reader.Read())
        {
            timeline.Add(new TimelineEntry(
                SqliteTime.FromTicks(reader.GetInt64(0)),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetNullableString(3),
                reader.GetNullableString(4),
                reader.GetNullableString(5),
                reader.GetNullableInt32(6),
                reader.GetNullableInt32(7),
                reader.GetNullableDouble(8)));
        }

        return timeline;
    }
}
