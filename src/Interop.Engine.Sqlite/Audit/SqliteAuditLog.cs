using Interop.Engine.Audit;
using Interop.Engine.Sqlite.Database;
using Interop.Engine.Sqlite.Storage;

namespace Interop.Engine.Sqlite.Audit;

/// <summary>The audit log in the engine's SQLite database, written through the same group commit as messages.</summary>
internal sealed class SqliteAuditLog(SqliteDatabase database) : IAuditLog
{
    public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrEmpty(entry.Id, nameof(entry));
        ArgumentException.ThrowIfNullOrEmpty(entry.Actor, nameof(entry));
        return database.WriteAsync(session => session.Command("""
                INSERT INTO audit (id, at, actor, action, message_id, detail)
                VALUES ($id, $at, $actor, $action, $message_id, $detail)
                """)
            .Bind("$id", entry.Id)
            .Bind("$at", SqliteTime.ToTicks(entry.At))
            .Bind("$actor", entry.Actor)
            .Bind("$action", entry.Action.ToString())
            .Bind("$message_id", entry.MessageId)
            .Bind("$detail", entry.Detail)
            .ExecuteNonQuery(), cancellationToken);
    }

    public Task<AuditPage> SearchAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        var after = query.ContinuationToken is null ? (ContinuationToken?)null : ContinuationToken.Parse(query.ContinuationToken, nameof(query));
        return Task.FromResult(database.Read(connection => AuditSearch.Search(connection, query, after)));
    }
}
