using System.Globalization;

namespace Interop.Cli.Tokens;

/// <summary>Reads a token lifetime such as <c>90s</c>, <c>30m</c>, <c>1h</c>, <c>1d</c> or <c>01:30:00</c>.</summary>
internal static class TokenLifetime
{
    /// <summary>The lifetime when none is given.</summary>
    public static readonly TimeSpan Default = TimeSpan.FromHours(1);

    /// <summary>The longest lifetime a dev token may have, so a leaked one does not stay useful.</summary>
    public static readonly TimeSpan Max = TimeSpan.FromDays(1);

    /// <summary>True when <paramref name="text"/> is a lifetime greater than zero and at most <see cref="Max"/>.</summary>
    public static bool TryParse(string text, out TimeSpan lifetime)
    {
        lifetime = default;
        var trimmed = text.Trim();
        if (trimmed.Length < 2)
        {
            return false;
        }

        var parsed = trimmed[^1] switch
        {
            's' => Number(trimmed[..^1], TimeSpan.FromSeconds),
            'm' => Number(trimmed[..^1], TimeSpan.FromMinutes),
            'h' => Number(trimmed[..^1], TimeSpan.FromHours),
            'd' => Number(trimmed[..^1], TimeSpan.FromDays),
            _ => TimeSpan.TryParse(trimmed, CultureInfo.InvariantCulture, out var span) ? span : (TimeSpan?)null,
        };
        if (parsed is not { } value || value <= TimeSpan.Zero || value > Max)
        {
            return false;
        }

        lifetime = value;
        return true;
    }

    private static TimeSpan? Number(string digits, Func<double, TimeSpan> unit) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count <= Max.TotalSeconds ? unit(count) : null;
}
