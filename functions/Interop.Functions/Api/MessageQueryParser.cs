using Interop.Engine.Messages;

namespace Interop.Functions.Api;

/// <summary>Reads <c>GET /api/messages</c>'s query string: status, event, sender, destination, nhsNumber, documentId, from, to, limit, continuationToken.</summary>
internal static class MessageQueryParser
{
    public static bool TryParse(IQueryCollection query, out MessageQuery result, out string? error)
    {
        result = new MessageQuery();
        error = null;
        MessageStatus? status = null;
        if (Text(query, "status") is { } statusText)
        {
            if (!Enum.TryParse<MessageStatus>(statusText.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var parsed))
            {
                error = $"Unknown status '{statusText}'.";
                return false;
            }

            status = parsed;
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

        result = new MessageQuery(status, Text(query, "event"), Text(query, "sender"), Text(query, "destination"), Text(query, "nhsNumber"), from, to, Text(query, "documentId"), limit, Text(query, "continuationToken"));
        return true;
    }

    private static string? Text(IQueryCollection query, string name) => QueryValues.Text(query, name);
}
