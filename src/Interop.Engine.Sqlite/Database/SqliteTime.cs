namespace Interop.Engine.Sqlite.Database;

/// <summary>
/// Times are stored as UTC ticks (INTEGER): they sort and compare exactly, so keyset pages and visibility checks never
/// lose or repeat a row to rounding, and they round-trip a <see cref="DateTimeOffset"/> to the tick.
/// </summary>
internal static class SqliteTime
{
    public static long ToTicks(DateTimeOffset value) => value.UtcTicks;

    public static DateTimeOffset FromTicks(long ticks) => new(ticks, TimeSpan.Zero);
}
