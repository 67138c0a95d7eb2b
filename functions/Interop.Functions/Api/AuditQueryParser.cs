using Interop.Engine.Audit;

namespace Interop.Functions.Api;

/// <summary>Reads <c>GET /api/audit</c>'s query string: messageId, actor, action, from, to, limit, continuationToken.</summary>
internal static class AuditQueryParser
{
    public static bool TryParse(IQueryCollection query, out AuditQuery result, out string? error)
    {
        result = new AuditQuery();
        if (!QueryValues.TryEnum<AuditAction>(query, "action", out var action))
        {
            error = $"Unknown action '{QueryValues.Text(query, "action")}'; use reveal, replay or bulk-replay.";
            return false;
        }

        if (!QueryValues.TryPage(query, out var from, out var to, out var limit, out error))
        {
            return false;
        }

        result = new AuditQuery(
            QueryValues.Text(query, "messageId"), QueryValues.Text(query, "actor"), action, from, to, limit, QueryValues.Text(query, "continuationToken"));
        return true;
    }
}
