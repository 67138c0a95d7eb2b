using System.Text;
using Interop.Engine.Messages;
using Interop.Engine.Sqlite.Database;
using Microsoft.Data.Sqlite;

namespace Interop.Engine.Sqlite.Storage;

/// <summary>
/// Message search with keyset paging on (received_at, id), newest first. Which index serves which filter is listed in
/// <see cref="SchemaV1"/> (DocumentId in <see cref="SchemaV2"/>, ReplayOf in <see cref="SchemaV3"/>); the query is shaped
/// so SQLite reads that index backwards from the page's start and stops after one page, without sorting, whatever the
/// table size.
/// </summary>
internal static class MessageSearch
{
    public const int MaxLimit = 500;

    // Unit separator: destinations are configuration ids and never contain it.
    private const char DestinationSeparator = '\u001f';

    public static MessagePage Search(SqliteConnection connection, MessageQuery query, ContinuationToken? after)
    {
        var limit = Math.Clamp(query.Limit, 1, MaxLimit);
        using var command = connection.CreateCommand();
        command.CommandText = BuildSql(query, after is not null);
        command.Bind("$status", query.Status?.ToString())
            .Bind("$event", query.Event)
            .Bind("$sender", query.Sender)
            .Bind("$nhs_number", query.NhsNumber)
            .Bind("$document_id", query.DocumentId)
            .Bind("$replay_of", query.ReplayOf)
            .Bind("$destination", query.Destination)
            .Bind("$reason", query.DeadLetterReason)
            .Bind("$from", query.From is { } from ? SqliteTime.ToTicks(from) : null)
            .Bind("$to", query.To is { } to ? SqliteTime.ToTicks(to) : null)
            .Bind("$after_at", after?.At)
            .Bind("$after_id", after?.Id)
            .Bind("$limit", limit + 1);

        var items = new List<MessageSummary>(limit + 1);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var destinations = reader.GetNullableString(7);
                items.Add(new MessageSummary(
                    reader.GetString(0),
                    SqliteTime.FromTicks(reader.GetInt64(1)),
                    reader.GetString(2),
                    reader.GetNullableString(3),
                    reader.GetNullableString(4),
                    Enum.Parse<MessageStatus>(reader.GetString(5)),
                    destinations is null ? [] : destinations.Split(DestinationSeparator),
                    reader.GetNullableString(6)));
            }
        }

        var token = KeysetPaging.EndPage(items, limit, last => new ContinuationToken(SqliteTime.ToTicks(last.ReceivedAt), last.Id));
        return new MessagePage(items, token);
    }

    /// <summary>The search SQL for <paramref name="query"/>; internal so tests can check its query plan.</summary>
    internal static string BuildSql(MessageQuery query, bool hasToken)
    {
        // With a destination, the rows come from ix_deliveries_destination and the keyset is the delivery's copy of it.
        var (from, at, id) = query.Destination is null
            ? ("messages m", "m.received_at", "m.id")
            : ("deliveries d JOIN messages m ON m.id = d.message_id", "d.received_at", "d.message_id");
        var sql = new StringBuilder($"""
            SELECT m.id, m.received_at, m.client_id, m.event, m.sender_ods, m.status, m.replay_of,
                   (SELECT group_concat(x.destination, char(31) ORDER BY x.ordinal) FROM deliveries x WHERE x.message_id = m.id)
            FROM {from}
            WHERE 1 = 1
            """);
        sql.AppendLine();
        AppendIf(sql, query.Destination is not null, "AND d.destination = $destination");
        AppendIf(sql, query.Status is not null, "AND m.status = $status");
        AppendIf(sql, query.Event is not null, "AND m.event = $event");
        AppendIf(sql, query.Sender is not null, "AND m.sender_ods = $sender");
        AppendIf(sql, query.NhsNumber is not null, "AND m.patient_nhs_number = $nhs_number");
        AppendIf(sql, query.DocumentId is not null, "AND m.document_id = $document_id AND m.document_id IS NOT NULL");
        AppendIf(sql, query.ReplayOf is not null, "AND m.replay_of = $replay_of AND m.replay_of IS NOT NULL");
        AppendIf(sql, query.DeadLetterReason is not null, query.Destination is not null
            ? "AND d.status = 'DeadLettered' AND d.last_error = $reason"
            : "AND EXISTS (SELECT 1 FROM deliveries r WHERE r.message_id = m.id AND r.status = 'DeadLettered' AND r.last_error = $reason)");
        AppendIf(sql, query.From is not null, $"AND {at} >= $from");
        AppendIf(sql, query.To is not null, $"AND {at} < $to");
        AppendIf(sql, hasToken, $"AND ({at}, {id}) < ($after_at, $after_id)");
        sql.Append(System.Globalization.CultureInfo.InvariantCulture, $"ORDER BY {at} DESC, {id} DESC LIMIT $limit");
        return sql.ToString();
    }

    private static void AppendIf(StringBuilder sql, bool condition, string clause)
    {
        if (condition)
        {
            sql.AppendLine(clause);
        }
    }
}
