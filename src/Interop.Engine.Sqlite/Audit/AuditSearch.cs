using System.Text;
using Interop.Engine.Audit;
using Interop.Engine.Sqlite.Database;
using Interop.Engine.Sqlite.Storage;
using Microsoft.Data.Sqlite;

namespace Interop.Engine.Sqlite.Audit;

/// <summary>
/// Audit search with keyset paging on (at, id), newest first: by message it reads ix_audit_message, else ix_audit_at,
/// backwards from the page's start (see <see cref="SchemaV3"/>).
/// </summary>
internal static class AuditSearch
{
    public static AuditPage Search(SqliteConnection connection, AuditQuery query, ContinuationToken? after)
    {
        var limit = Math.Clamp(query.Limit, 1, MessageSearch.MaxLimit);
        using var command = connection.CreateCommand();
        command.CommandText = BuildSql(query, after is not null);
        command.Bind("$message_id", query.MessageId)
            .Bind("$actor", query.Actor)
            .Bind("$action", query.Action?.ToString())
            .Bind("$from", query.From is { } from ? SqliteTime.ToTicks(from) : null)
            .Bind("$to", query.To is { } to ? SqliteTime.ToTicks(to) : null)
            .Bind("$after_at", after?.At)
            .Bind("$after_id", after?.Id)
            .Bind("$limit", limit + 1);

        var items = new List<AuditEntry>(limit + 1);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                items.Add(new AuditEntry(
                    reader.GetString(0),
                    SqliteTime.FromTicks(reader.GetInt64(1)),
                    reader.GetString(2),
                    Enum.Parse<AuditAction>(reader.GetString(3)),
                    reader.GetNullableString(4),
                    reader.GetNullableString(5)));
            }
        }

        var token = KeysetPaging.EndPage(items, limit, last => new ContinuationToken(SqliteTime.ToTicks(last.At), last.Id));
        return new AuditPage(items, token);
    }

    /// <summary>The search SQL for <paramref name="query"/>; internal so tests can check its query plan.</summary>
    internal static string BuildSql(AuditQuery query, bool hasToken)
    {
        var sql = new StringBuilder("""
            SELECT id, at, actor, action, message_id, detail
            FROM audit
            WHERE 1 = 1
            """);
        sql.AppendLine();
        // The partial index serves only a WHERE that implies its own.
        AppendIf(sql, query.MessageId is not null, "AND message_id = $message_id AND message_id IS NOT NULL");
        AppendIf(sql, query.Actor is not null, "AND actor = $actor");
        AppendIf(sql, query.Action is not null, "AND action = $action");
        AppendIf(sql, query.From is not null, "AND at >= $from");
        AppendIf(sql, query.To is not null, "AND at < $to");
        AppendIf(sql, hasToken, "AND (at, id) < ($after_at, $after_id)");
        sql.Append("ORDER BY at DESC, id DESC LIMIT $limit");
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
