using System.Globalization;
using System.Xml;

namespace Interop.Functions.Api;

/// <summary>Reads the time ranges, windows and bucket sizes of the operations endpoints' query strings.</summary>
internal static class OperationsQueryParser
{
    /// <summary>The longest range or window one question may cover, so every aggregate stays bounded.</summary>
    public static readonly TimeSpan MaxRange = TimeSpan.FromDays(31);

    /// <summary>The most buckets one series may have (a day of minutes).</summary>
    public const int MaxBuckets = 1440;

    /// <summary>
    /// Reads <c>from</c> and <c>to</c>: <c>to</c> defaults to <paramref name="now"/>, <c>from</c> to <paramref name="defaultSpan"/>
    /// before <c>to</c>; the range must end after it starts and cover at most <see cref="MaxRange"/>.
    /// </summary>
    public static bool TryRange(IQueryCollection query, DateTimeOffset now, TimeSpan defaultSpan, out DateTimeOffset from, out DateTimeOffset to, out string? error)
    {
        (from, to, error) = (default, default, null);
        if (!QueryValues.TryDate(query, "from", out var fromValue) || !QueryValues.TryDate(query, "to", out var toValue))
        {
            error = QueryValues.BadTimes;
            return false;
        }

        to = toValue ?? now;
        from = fromValue ?? to - defaultSpan;
        if (to <= from || to - from > MaxRange)
        {
            error = $"'to' must be after 'from', at most {MaxRange.TotalDays:0} days after it.";
            return false;
        }

        return true;
    }

    /// <summary>Reads a positive duration of at most <see cref="MaxRange"/>, ISO 8601 (<c>PT24H</c>) or <c>hh:mm:ss</c>; <paramref name="fallback"/> when absent.</summary>
    public static bool TryDuration(IQueryCollection query, string name, TimeSpan fallback, out TimeSpan value, out string? error)
    {
        (value, error) = (fallback, null);
        if ((QueryValues.Text(query, name) is { } text && !TryParseDuration(text, out value)) || value <= TimeSpan.Zero || value > MaxRange)
        {
            error = $"'{name}' must be a positive duration of at most {MaxRange.TotalDays:0} days, ISO 8601 (PT24H) or hh:mm:ss.";
            return false;
        }

        return true;
    }

    /// <summary>Reads <c>bucket</c>: <c>minute</c> or <c>hour</c> (the default).</summary>
    public static bool TryBucket(IQueryCollection query, out string name, out TimeSpan size, out string? error)
    {
        name = QueryValues.Text(query, "bucket") ?? "hour";
        (size, error) = name switch
        {
            "minute" => (TimeSpan.FromMinutes(1), null),
            "hour" => (TimeSpan.FromHours(1), (string?)null),
            _ => (TimeSpan.Zero, "'bucket' must be 'minute' or 'hour'."),
        };
        return error is null;
    }

    private static bool TryParseDuration(string text, out TimeSpan value)
    {
        if (text.StartsWith('P') || text.StartsWith("-P", StringComparison.Ordinal))
        {
            try
            {
                value = XmlConvert.ToTimeSpan(text);
                return true;
            }
            catch (Exception error) when (error is FormatException or OverflowException)
            {
                value = default;
                return false;
            }
        }

        return TimeSpan.TryParseExact(text, @"hh\:mm\:ss", CultureInfo.InvariantCulture, out value);
    }
}
