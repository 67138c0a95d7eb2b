using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Interop.Fhir.FhirPath.Functions;

/// <summary>
/// Regular expressions built once per pattern and reused by every evaluation, bounded because patterns can come from data.
/// FHIRPath regexes are case-sensitive, culture-invariant and single-line (<c>.</c> matches a newline).
/// </summary>
internal static class RegexCache
{
    private const int Capacity = 512;

    // Longer than any sane pattern needs, shorter than the evaluation's own time limit; a timeout is FP304.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private static readonly ConcurrentDictionary<(string Pattern, RegexOptions Options, bool Whole), Regex> Cache = new();

    /// <summary>
    /// The regex for <paramref name="pattern"/>; when <paramref name="whole"/>, it matches only the whole input. An invalid
    /// pattern is FP305.
    /// </summary>
    public static Regex Get(string pattern, RegexOptions options, bool whole, string function)
    {
        var key = (pattern, options, whole);
        if (Cache.TryGetValue(key, out var regex))
        {
            return regex;
        }

        regex = Create(whole ? $@"\A(?:{pattern})\z" : pattern, options, function);
        if (Cache.Count >= Capacity)
        {
            Cache.Clear();
        }

        return Cache.GetOrAdd(key, regex);
    }

    private static Regex Create(string pattern, RegexOptions options, string function)
    {
        try
        {
            return new Regex(pattern, options | RegexOptions.CultureInvariant | RegexOptions.Singleline, MatchTimeout);
        }
        catch (RegexParseException e)
        {
            throw Argument.Invalid(function, $"invalid regular expression ({e.Error}).");
        }
    }
}
