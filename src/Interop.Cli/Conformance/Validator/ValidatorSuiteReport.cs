namespace Interop.Cli.Conformance.Validator;

/// <summary>Writes a validator suite outcome as text: the summary line, every disagreement, and the comparison with Firely.</summary>
internal static class ValidatorSuiteReport
{
    private const int ShownErrors = 3;
    private const int ShownLength = 160;

    /// <summary>Writes <paramref name="outcome"/>; <paramref name="verbose"/> also lists the cases that agree with another error count.</summary>
    public static void Write(ValidatorSuiteOutcome outcome, TextWriter output, bool verbose)
    {
        output.WriteLine($"{outcome.Suite}: {outcome.Agreed}/{outcome.Total} agree ({outcome.SameCount}/{outcome.Total} same error count)");
        foreach (var disagreement in outcome.Outcomes.Where(o => !o.Agrees))
        {
            output.WriteLine($"  DIFF {Describe(disagreement)}");
        }

        if (verbose)
        {
            foreach (var count in outcome.Outcomes.Where(o => o.Agrees && !o.SameCount))
            {
                output.WriteLine($"  COUNT {Describe(count)}");
            }
        }

        var firely = outcome.FirelyCases;
        output.WriteLine(
            $"  firely-sdk-current on its {firely.Count} cases: agrees {outcome.FirelyAgreed}/{firely.Count} ({Percent(outcome.FirelyAgreed, firely.Count)}), "
            + $"same error count {outcome.FirelySameCount}/{firely.Count} ({Percent(outcome.FirelySameCount, firely.Count)}); "
            + $"we agree {firely.Count(o => o.Agrees)}/{firely.Count} ({Percent(firely.Count(o => o.Agrees), firely.Count)}), "
            + $"same error count {firely.Count(o => o.SameCount)}/{firely.Count} ({Percent(firely.Count(o => o.SameCount), firely.Count)})");
    }

    private static string Describe(CaseOutcome outcome)
    {
        var test = outcome.Case;
        var ours = outcome.Failure ?? $"we found {outcome.ErrorCount}{Shown(outcome.Errors, e => e)}";
        var expected = test.Expected.Errors.Count == 0 ? "" : $" — expected: {Shown(test.Expected.Errors, e => $"\"{Shorten(e)}\"").TrimStart(':', ' ')}";
        return $"{test.Name} [{test.Module}] {test.File}: expected {test.Expected.ErrorCount} errors, {ours}{expected}";
    }

    private static string Shown(IReadOnlyList<string> items, Func<string, string> format) => items.Count == 0
        ? ""
        : $": {string.Join("; ", items.Take(ShownErrors).Select(format))}{(items.Count > ShownErrors ? $"; +{items.Count - ShownErrors} more" : "")}";

    private static string Shorten(string text) => text.Length <= ShownLength ? text : $"{text[..ShownLength]}...";

    private static string Percent(int part, int whole) => whole == 0 ? "-" : $"{(double)part / whole:P0}";
}
