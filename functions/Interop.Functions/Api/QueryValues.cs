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

    /// <summary>Reads <c>from</c>, <c>to</c> and <c>limit</c>, the filters every paged list shares; false with the problem title when one is bad.</summary>
    public static bool TryPage(IQueryCollection query, out DateTimeOffset? from, out DateTimeOffset? to, out int limit, out string? error)
    {
        (to, limit, error) = (null, 50, null);
        if (!TryDate(query, "from", out from) || !TryDate(query, "to", out to))
        {
            error = BadTimes;
            return false;
        }

        if (!TryLimit(query, out limit))
        {
            error = BadLimit;
            return false;
        }

        return true;
    }

    /// <summary>Reads an enum member written in kebab case as the API writes it (<c>dead-lettered</c>) or by its name; true when absent or valid.</summary>
    public static bool TryEnum<TEnum>(IQueryCollection query, string name, out TEnum? value)
        where TEnum : struct, Enum
    {
        value = null;
        if (Text(query, name) is not { } text)
        {
            return true;
        }

        if (!Enum.TryParse<TEnum>(text.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }

    /// <summary>Reads a <c>true</c>/<c>false</c> flag (false when absent); true when absent or valid.</summary>
    public static bool TryFlag(IQueryCollection query, string name, out bool value)
    {
        value = false;
        return Text(query, name) is not { } text || bool.TryParse(text, out value);
    }
}
