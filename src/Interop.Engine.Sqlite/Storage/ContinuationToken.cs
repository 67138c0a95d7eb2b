using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Interop.Engine.Sqlite.Storage;

/// <summary>Where a search page ended: the last row's keyset (its time in ticks, its id), opaque to callers; message and audit searches share it.</summary>
internal readonly record struct ContinuationToken(long At, string Id)
{
    public override string ToString() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{At}:{Id}")));

    /// <summary>Reads a token this store made; anything else is an <see cref="ArgumentException"/>.</summary>
    public static ContinuationToken Parse(string token, string paramName)
    {
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        }
        catch (FormatException error)
        {
            throw new ArgumentException("The continuation token is not valid.", paramName, error);
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1
            || !long.TryParse(text.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var at))
        {
            throw new ArgumentException("The continuation token is not valid.", paramName);
        }

        return new ContinuationToken(at, text[(colon + 1)..]);
    }
}
