namespace Interop.Engine.Sqlite.Storage;

/// <summary>The end of a keyset page: searches read one row more than the page, which says whether another page follows.</summary>
internal static class KeysetPaging
{
    /// <summary>Drops the extra row from <paramref name="items"/> and returns the token of the next page, or null on the last page.</summary>
    public static string? EndPage<T>(List<T> items, int limit, Func<T, ContinuationToken> keyOf)
    {
        if (items.Count <= limit)
        {
            return null;
        }

        items.RemoveRange(limit, items.Count - limit);
        return keyOf(items[^1]).ToString();
    }
}
