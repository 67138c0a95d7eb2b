
namespace Interop.Fhir.Validation.Validation;

/// <summary>Compares an instance value with a definition's <c>fixed[x]</c> (exactly) or <c>pattern[x]</c> (at least).</summary>
internal static class ValueMatcher
{
    /// <summary>
    /// Whether <paramref name="value"/> matches <paramref name="expected"/>: with <paramref name="exact"/> every element must be
    /// the same and nothing more present; otherwise everything in <paramref name="expected"/> must be present with the same value.
    /// </summary>
    public static bool Matches(Base value, Base expected, bool exact)
    {
        if (!string.Equals(value.ClassMapping.Name, expected.ClassMapping.Name, StringComparison.Ordinal) && !SameKind(value, expected))
        {
            return false;
        }

        if (value is IPrimitive primitive && expected is IPrimitive wanted
            && (wanted.HasValue || exact) && !string.Equals(primitive.RawValue, wanted.RawValue, StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var property in expected.ClassMapping.Properties)
        {
            var want = property.Get(expected);
            var have = value.ClassMapping.FindProperty(property.Name)?.Get(value);
            if (!Matches(have, want, exact))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Matches(object? have, object? want, bool exact)
    {
        var wanted = PropertyValues.Of(want);
        var present = PropertyValues.Of(have);
        if (wanted.Count == 0)
        {
            return !exact || present.Count == 0;
        }

        if (exact)
        {
            return present.Count == wanted.Count && wanted.Select((item, i) => ItemMatches(present[i], item, exact: true)).All(match => match);
        }

        // A pattern's repeating element must find each of its items somewhere in the instance's list.
        return wanted.All(item => present.Any(candidate => ItemMatches(candidate, item, exact: false)));
    }

    private static bool ItemMatches(object have, object want, bool exact) => (have, want) switch
    {
        (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
        (Base a, Base b) => Matches(a, b, exact),
        _ => false,
    };

    // A fixed `uri` may be checked against a `canonical` or `url` value and the like: both are primitives with text.
    private static bool SameKind(Base value, Base expected) => value is IPrimitive && expected is IPrimitive;
}
