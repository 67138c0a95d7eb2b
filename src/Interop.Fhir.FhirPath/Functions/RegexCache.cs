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

    // Compiling costs milliseconds and matches about three times faster: worth it only for the patterns used again and again.
    private const int CompileAfterUses = 100;

    // Longer than any sane pattern needs, shorter than the evaluation's own time limit; a timeout is FP304.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private static readonly ConcurrentDictionary<(string Pattern, RegexOptions Options, bool Whole), Entry> Cache = new();

    /// <summary>
    /// The regex for <paramref name="pattern"/>; when <paramref name="whole"/>, it matches only the whole input. An invalid
    /// pattern is FP305.
    /// </summary>
    public static Regex Get(string pattern, RegexOptions options, bool whole, string function)
    {
        var key = (pattern, options, whole);
        if (!Cache.TryGetValue(key, out var entry))
        {
            entry = new Entry(Create(whole ? $@"\A(?:{pattern})\z" : pattern, options, function));
            if (Cache.Count >= Capacity)
            {
                Cache.Clear();
            }

            entry = Cache.GetOrAdd(key, entry);
        }

        if (entry.Uses < CompileAfterUses && Interlocked.Increment(ref entry.Uses) == CompileAfterUses)
        {
            entry.Regex = new Regex(entry.Regex.ToString(), entry.Regex.Options | RegexOptions.Compiled, MatchTimeout);
        }

        return entry.Regex;
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

    // A cached regex and how often it was asked for; another thread may briefly still use the interpreted one.
    private sealed class Entry(Regex regex)
    {
        public Regex Regex = regex;
        public int Uses;
    }
}
