using Interop.Engine.Audit;

namespace Interop.Functions.Api;

/// <summary>Reads <c>GET /api/audit</c>'s query string: messageId, actor, action, from, to, limit, continuationToken.</summary>
internal static class AuditQueryParser
{
    public static bool TryParse(IQueryCollection query, out AuditQuery result, out string? error)
    {
        result = new AuditQuery();
        error = null;
        AuditAction? action = null;
        if (QueryValues.Text(query, "action") is { } actionText)
        {
            // Kebab case on the wire (bulk-replay), as the API writes it; the enum name is accepted too.
            if (!Enum.TryParse<AuditAction>(actionText.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var parsed)
                || !Enum.IsDefined(parsed))
            {
                error = $"Unknown action '{actionText}'; use reveal, replay or bulk-replay.";
                return false;
            }

            action = parsed;
        }

        if (!QueryValues.TryDate(query, "from", out var from) || !QueryValues.TryDate(query, "to", out var to))
        {
            error = QueryValues.BadTimes;
            return false;
        }

        if (!QueryValues.TryLimit(query, out var limit))
        {
            error = QueryValues.BadLimit;
            return false;
        }

        result = new AuditQuery(
            QueryValues.Text(query, "messageId"), QueryValues.Text(query, "actor"), action, from, to, limit, QueryValues.Text(query, "continuationToken"));
        return true;
    }
}
