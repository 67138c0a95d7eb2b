using System.Globalization;

namespace Interop.Cli.Conformance.FhirPath;

/// <summary>Compares a result with a test's expected outputs, the way the suite writes values.</summary>
internal static class OutputComparer
{
    /// <summary>Whether <paramref name="actual"/> holds the expected items (in order when <paramref name="ordered"/>).</summary>
    public static bool Matches(IReadOnlyList<ExpectedOutput> expected, IReadOnlyList<ActualItem> actual, bool ordered)
    {
        if (expected.Count != actual.Count)
        {
            return false;
        }

        if (ordered)
        {
            for (var i = 0; i < expected.Count; i++)
            {
                if (!Matches(expected[i], actual[i]))
                {
                    return false;
                }
            }

            return true;
        }

        var unused = actual.ToList();
        foreach (var item in expected)
        {
            var index = unused.FindIndex(a => Matches(item, a));
            if (index < 0)
            {
                return false;
            }

            unused.RemoveAt(index);
        }

        return true;
    }

    /// <summary>Whether one item matches: the type when the suite states one, and the value as that type compares.</summary>
    public static bool Matches(ExpectedOutput expected, ActualItem actual)
    {
        if (expected.Type is not null && expected.Type != actual.Type)
        {
            return false;
        }

        return actual.Type switch
        {
            // 1 and 1.0 are the same decimal: the suite writes some results without the scale an engine may keep.
            "integer" or "long" or "decimal" or "positiveInt" or "unsignedInt" or "integer64" => SameNumber(expected.Value, actual.Text),
            "date" or "dateTime" or "instant" or "time" => DateText(expected.Value) == DateText(actual.Text),
            "Quantity" => QuantityText(expected.Value) == QuantityText(actual.Text),
            _ => expected.Value == actual.Text,
        };
    }

    private static bool SameNumber(string expected, string actual) =>
        decimal.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var e)
        && decimal.TryParse(actual, NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
        && e == a;

    // The suite writes dates as literals (@2014-01, @T10:30); a FHIR primitive's text has neither prefix.
    private static string DateText(string text) => text.TrimStart('@').TrimStart('T');

    // The suite writes quantities as `1 '1'` or `7 days`: compare the number by value and the unit without quotes.
    private static (decimal? Value, string Unit) QuantityText(string text)
    {
        var parts = text.Trim().Split(' ', 2, StringSplitOptions.TrimEntries);
        decimal? value = decimal.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
        return (value, parts.Length == 2 ? parts[1].Trim('\'') : "");
    }
}
