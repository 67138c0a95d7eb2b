using System.Globalization;
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

        if (!TryDate(query, "from", out var from) || !TryDate(query, "to", out var to))
        {
            error = "'from' and 'to' must be ISO 8601 date-times with an offset.";
            return false;
        }

        var limit = 50;
        if (Text(query, "limit") is { } limitText && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > 500))
        {
            error = "'limit' must be a whole number from 1 to 500.";
            return false;
        }

        result = new MessageQuery(status, Text(query, "event"), Text(query, "sender"), Text(query, "destination"), Text(query, "nhsNumber"), from, to, Text(query, "documentId"), limit, Text(query, "continuationToken"));
        return true;
    }

    private static string? Text(IQueryCollection query, string name) => query[name].ToString() is { Length: > 0 } text ? text : null;

    /// <summary>Reads an optional ISO 8601 date-time; false when present and not one.</summary>
    internal static bool TryDate(IQueryCollection query, string name, out DateTimeOffset? value)
    {
        value = null;
        if (Text(query, name) is not { } text)
        {
            return true;
        }

        var ok = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed);
        value = ok ? parsed : null;
        return ok;
    }
}
