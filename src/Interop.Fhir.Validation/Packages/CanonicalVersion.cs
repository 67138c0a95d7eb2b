namespace Interop.Fhir.Validation.Packages;

/// <summary>Orders business versions: dotted numbers compare as numbers (<c>2.10.0</c> after <c>2.9.1</c>), a pre-release (<c>-ballot</c>) before its release, no version before any.</summary>
internal static class CanonicalVersion
{
    /// <summary>Negative when <paramref name="x"/> is older than <paramref name="y"/>, zero when equal, positive when newer.</summary>
    public static int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return (x is null ? 0 : 1) - (y is null ? 0 : 1);
        }

        var (xRelease, xPre) = Split(x);
        var (yRelease, yPre) = Split(y);
        var byRelease = CompareDotted(xRelease, yRelease);
        if (byRelease != 0)
        {
            return byRelease;
        }

        if (xPre is null || yPre is null)
        {
            return (xPre is null ? 1 : 0) - (yPre is null ? 1 : 0);
        }

        return CompareDotted(xPre, yPre);
    }

    private static (string Release, string? PreRelease) Split(string version)
    {
        var dash = version.IndexOf('-');
        return dash < 0 ? (version, null) : (version[..dash], version[(dash + 1)..]);
    }

    private static int CompareDotted(string x, string y)
    {
        var xParts = x.Split('.');
        var yParts = y.Split('.');
        for (var i = 0; i < Math.Min(xParts.Length, yParts.Length); i++)
        {
            var byPart = ComparePart(xParts[i], yParts[i]);
            if (byPart != 0)
            {
                return byPart;
            }
        }

        return xParts.Length.CompareTo(yParts.Length);
    }

    private static int ComparePart(string x, string y)
    {
        var xNumeric = long.TryParse(x, out var xNumber);
        var yNumeric = long.TryParse(y, out var yNumber);
        if (xNumeric && yNumeric)
        {
            return xNumber.CompareTo(yNumber);
        }

        // Numbers sort before words, as in semantic versioning's pre-release identifiers.
        return xNumeric != yNumeric ? (xNumeric ? -1 : 1) : string.CompareOrdinal(x, y);
    }
}
