using Interop.Engine.Messages;

namespace Interop.Functions.Api;

/// <summary>
/// Reads <c>GET /api/messages</c>'s query string: status, event, sender, destination, nhsNumber, documentId, reason (a
/// dead letter's code), from, to, limit, continuationToken.
/// </summary>
internal static class MessageQueryParser
{
    public static bool TryParse(IQueryCollection query, out MessageQuery result, out string? error)
    {
        result = new MessageQuery();
        if (!QueryValues.TryEnum<MessageStatus>(query, "status", out var status))
        {
            error = $"Unknown status '{Text(query, "status")}'.";
            return false;
        }

        if (!QueryValues.TryPage(query, out var from, out var to, out var limit, out error))
        {
            return false;
        }

        result = new MessageQuery(
            status, Text(query, "event"), Text(query, "sender"), Text(query, "destination"), Text(query, "nhsNumber"), from, to,
            Text(query, "documentId"), limit, Text(query, "continuationToken"), Text(query, "reason"));
        return true;
    }

    private static string? Text(IQueryCollection query, string name) => QueryValues.Text(query, name);
}
