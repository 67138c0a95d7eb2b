using System.Globalization;

namespace Interop.Functions.Api;

/// <summary>Reads the operator API's query values: text, ISO 8601 times, page sizes and flags; blank counts as absent.</summary>
internal static class QueryValues
{
    /// <summary>The largest page any list endpoint returns.</summary>
    public const int MaxLimit = 500;

    /// <summary>The problem title for a bad <c>from</c> or <c>to</c>.</summary>
    public const string BadTimes = "'from' and 'to' must be ISO 8601 date-times with an offset.";

    /// <summary>The problem title for a bad <c>limit</c>.</summary>
    public const string BadLimit = "'limit' must be a whole number from 1 to 500.";

    public static string? Text(IQueryCollection query, string name) => query[name].ToString() is { Length: > 0 } text ? text : null;

    /// <summary>Reads an ISO 8601 date-time; true when absent or valid.</summary>
    public static bool TryDate(IQueryCollection query, string name, out DateTimeOffset? value)
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

    /// <summary>Reads <c>limit</c> (1 to <see cref="MaxLimit"/>, default 50); true when absent or valid.</summary>
    public static bool TryLimit(IQueryCollection query, out int limit)
    {
        limit = 50;
        return Text(query, "limit") is not { } text
            || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) && limit is >= 1 and <= MaxLimit);
    }

    /// <summary>Reads a <c>true</c>/<c>false</c> flag (false when absent); true when absent or valid.</summary>
    public static bool TryFlag(IQueryCollection query, string name, out bool value)
    {
        value = false;
        return Text(query, name) is not { } text || bool.TryParse(text, out value);
    }
}
